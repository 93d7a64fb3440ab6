/**
 * What readers look for, counted anonymously: per day, language and normalized query, how many
 * searches and how many results the last one found. No address, cookie or session is stored, so
 * the counts cannot be tied to anyone. The admin dashboard shows the top searches of the last 30
 * days and those that found nothing (the articles to write next).
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/lib/locales'

import { databaseOf, rowsOf } from './database'

/** Counted queries are cut to this length. */
const COUNTED_LENGTH = 100
/** Days of counts kept (older rows go when new ones are written). */
const KEPT_DAYS = 90

/** The query as counted: lower case, single-spaced, at most COUNTED_LENGTH characters. */
function countedForm(query: string): string {
  return query.toLocaleLowerCase().replace(/\s+/g, ' ').trim().slice(0, COUNTED_LENGTH)
}

export async function countSearch(
  payload: Payload,
  locale: Locale,
  query: string,
  results: number,
): Promise<void> {
  const counted = countedForm(query)
  if (!counted) return
  const db = await databaseOf(payload)
  await db.transaction(async (tx) => {
    // A count lost in a crash is no loss; waiting for the disk on every search would be.
    await tx.execute(sql`set local synchronous_commit = off`)
    await tx.execute(sql`
      insert into search_queries (day, locale, query, searches, results)
      values (current_date, ${locale}, ${counted}, 1, ${results})
      on conflict (day, locale, query) do update
        set searches = search_queries.searches + 1, results = excluded.results`)
  })
  // About once in a hundred searches, forget what is older than KEPT_DAYS.
  if (Math.random() < 0.01) {
    await db.execute(sql`
      delete from search_queries where day < current_date - ${KEPT_DAYS}::integer`)
  }
}

export type SearchCount = { query: string; locale: Locale; searches: number; results: number }

/** The most searched queries of the last `days` days, and the most searched that found nothing. */
export async function searchesOfLastDays(payload: Payload, days = 30, limit = 10) {
  const db = await databaseOf(payload)
  const since = sql`current_date - ${days - 1}::integer`
  const top = rowsOf<SearchCount>(
    await db.execute(sql`
      select query, locale, sum(searches)::integer as searches,
             (array_agg(results order by day desc))[1] as results
        from search_queries where day >= ${since}
       group by query, locale
       order by searches desc, query
       limit ${limit}`),
  )
  const unanswered = rowsOf<SearchCount>(
    await db.execute(sql`
      select query, locale, sum(searches)::integer as searches, 0 as results
        from search_queries where day >= ${since}
       group by query, locale
      having (array_agg(results order by day desc))[1] = 0
       order by searches desc, query
       limit ${limit}`),
  )
  return { top, unanswered }
}
