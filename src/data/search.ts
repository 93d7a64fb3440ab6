import 'server-only'

import { headers } from 'next/headers'
import { after } from 'next/server'
import type { Payload } from 'payload'

import type { Locale } from '@/lib/locales'
import { searchAllowance } from '@/search/limit'
import { countSearch } from '@/search/queries'
import { normalizeQuery, searchSite } from '@/search/query'
import { cachedSearch } from '@/search/result-cache'
import { getPayloadClient } from '@/server/payload'

/** The search, kept for a repeated query (src/search/result-cache.ts); an empty one asks nothing. */
function keptSearch(
  payload: Payload,
  locale: Locale,
  query: unknown,
  page: number,
  asYouType: boolean,
) {
  const words = normalizeQuery(query)
  const search = () => searchSite(payload, locale, words, page, { asYouType })
  if (!words) return search()
  return cachedSearch(payload, locale, `${asYouType ? 'as you type' : page}\n${words}`, search)
}

/**
 * A page of search results for a reader (published documents of `locale` only: the index holds
 * nothing else). The first page of a query is counted, anonymously, for the owner's dashboard,
 * once the page has been sent: readers searching for the same words all update one row, and
 * none of them waits for that (a count that cannot be written never costs a reader anything).
 */
export async function searchPage(locale: Locale, query: unknown, page: number) {
  const payload = await getPayloadClient()
  const results = await keptSearch(payload, locale, query, page, false)
  // A client over its allowance still gets its results, but no longer adds to the counts.
  const address = (await headers()).get('x-forwarded-for') ?? ''
  if (results.query && results.page === 1 && (await searchAllowance(address)) === 0) {
    const found = results.similar ? 0 : results.total
    after(() =>
      countSearch(payload, locale, results.query, found).catch((error: unknown) =>
        payload.logger.warn({ err: error }, 'A search was not counted'),
      ),
    )
  }
  return results
}

/** The results the header's field shows as the reader types (not counted: half-typed words). */
export async function searchAsYouType(locale: Locale, query: unknown) {
  return keptSearch(await getPayloadClient(), locale, query, 1, true)
}
