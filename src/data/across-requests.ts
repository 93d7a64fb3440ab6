/**
 * Reads that pages rendered per request (the contact and booking forms, search) share across
 * requests, until the next change to the content: kept in Next's data cache (this process's
 * memory, or Redis with replicas), and marked stale by the very `revalidatePath('/', 'layout')`
 * that re-renders the pages on a publish (src/hooks/revalidateSite.ts): each entry carries the
 * implicit tags of the page that read it, and every page's include the root layout's.
 *
 * Without this, each view of a form page asked PostgreSQL for the site settings, the testimonial
 * and the availability again: most of its time went there (a CPU profile under load).
 */
import 'server-only'

import { unstable_cache } from 'next/cache'

/** Next's words when there is no data cache: outside a Next server (a test, a script). */
const NO_CACHE = /incrementalCache missing/

export function acrossRequests<Args extends (string | number)[], T>(
  name: string,
  read: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  const kept = unstable_cache(read, ['across-requests', name])
  return async (...args) => {
    try {
      return await kept(...args)
    } catch (error) {
      // Outside a Next server nothing is kept across requests: a read is a read.
      if (error instanceof Error && NO_CACHE.test(error.message)) return read(...args)
      throw error
    }
  }
}
