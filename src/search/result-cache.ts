/**
 * Search results kept in this process for a repeated query, until the index changes. Most
 * searches repeat ("django", a tag's name): working out the ranked results, the highlighted
 * passages and the "did you mean" took most of a search page's time (a CPU profile under load),
 * and for the same words over the same index the answer is the same.
 *
 * The index's version is read with each search (one cheap query: how many documents of the
 * language, and when the newest was written), so a publish on any replica shows in the next
 * search everywhere. A version can miss a change only when two saves commit out of order within
 * the same moment; no answer is kept longer than MAX_AGE_MS, which bounds that. The cache is
 * bounded (MAX_ENTRIES), so a stream of unique queries costs memory no more than that.
 */
import { sql } from '@payloadcms/db-postgres'
import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import type { Locale } from '@/lib/locales'

import { databaseOf, rowsOf } from './database'

const MAX_ENTRIES = 500
const MAX_AGE_MS = 60_000

type Entry = { version: string; value: unknown }
const entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES, ttl: MAX_AGE_MS })

/** What changes whenever the index of `locale` does: its size and its newest write. */
async function indexVersion(payload: Payload, locale: Locale): Promise<string> {
  const db = await databaseOf(payload)
  const [row] = rowsOf<{ documents: string; newest: string | null }>(
    await db.execute(sql`
      select count(*)::text as documents, max(indexed_at)::text as newest
        from search_documents where locale = ${locale}`),
  )
  return `${row?.documents}:${row?.newest}`
}

/** The value kept for `key` over the current index of `locale`, else `work`'s (then kept). */
export async function cachedSearch<T>(
  payload: Payload,
  locale: Locale,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  const version = await indexVersion(payload, locale)
  const name = `${locale}\n${key}`
  const kept = entries.get(name)
  if (kept?.version === version) return kept.value as T
  const value = await work()
  entries.set(name, { version, value })
  return value
}
