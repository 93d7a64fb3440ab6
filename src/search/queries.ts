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

/** How long counts wait in memory before they are written, all in one statement. */
const FLUSH_AFTER_MS = 2_000

type Pending = { locale: Locale; query: string; searches: number; results: number }
type Counts = { pending: Map<string, Pending>; flushing?: Promise<void>; timer?: NodeJS.Timeout }
/** One per process: the site's pages and the admin's dashboard may each load this module. */
const counts: Counts = ((globalThis as { searchCounts?: Counts }).searchCounts ??= {
  pending: new Map(),
})

/**
 * Counts one search. Counts are kept in memory for FLUSH_AFTER_MS and written together: a search
 * page paid a transaction of its own for its count (four round trips), more than the search
 * itself once its results are cached. A count lost in a crash is no loss.
 */
export async function countSearch(
  payload: Payload,
  locale: Locale,
  query: string,
  results: number,
): Promise<void> {
  const counted = countedForm(query)
  if (!counted) return
  const key = `${locale}\n${counted}`
  const seen = counts.pending.get(key)
  counts.pending.set(key, { locale, query: counted, searches: (seen?.searches ?? 0) + 1, results })
  counts.timer ??= setTimeout(() => {
    counts.timer = undefined
    flushSearchCounts(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'Searches were not counted'),
    )
  }, FLUSH_AFTER_MS).unref()
}

/** Writes the counts waiting in memory (the dashboard asks first, so it shows every search). */
async function flushSearchCounts(payload: Payload): Promise<void> {
  await counts.flushing
  if (counts.pending.size === 0) return
  const rows = [...counts.pending.values()]
  counts.pending.clear()
  counts.flushing = writeCounts(payload, rows).finally(() => (counts.flushing = undefined))
  await counts.flushing
}

async function writeCounts(payload: Payload, rows: Pending[]) {
  const db = await databaseOf(payload)
  await db.transaction(async (tx) => {
    // Waiting for the disk on every batch of counts would be waiting for nothing.
    await tx.execute(sql`set local synchronous_commit = off`)
    await tx.execute(sql`
      insert into search_queries (day, locale, query, searches, results)
      select current_date, locale, query, searches, results
        from json_to_recordset(${JSON.stringify(rows)}::json)
             as counted(locale varchar, query varchar, searches integer, results integer)
      on conflict (day, locale, query) do update
        set searches = search_queries.searches + excluded.searches, results = excluded.results`)
  })
  // About once in a hundred batches, forget what is older than KEPT_DAYS.
  if (Math.random() < 0.01) {
    await db.execute(sql`
      delete from search_queries where day < current_date - ${KEPT_DAYS}::integer`)
  }
}

export type SearchCount = { query: string; locale: Locale; searches: number; results: number }

/** The most searched queries of the last `days` days, and the most searched that found nothing. */
export async function searchesOfLastDays(payload: Payload, days = 30, limit = 10) {
  await flushSearchCounts(payload)
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
