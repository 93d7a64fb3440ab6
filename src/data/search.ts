import 'server-only'

import { headers } from 'next/headers'
import { after } from 'next/server'

import type { Locale } from '@/lib/locales'
import { searchAllowance } from '@/search/limit'
import { countSearch } from '@/search/queries'
import { normalizeQuery, searchSite } from '@/search/query'
import { cachedSearch } from '@/search/result-cache'
import { getPayloadClient } from '@/server/payload'

/**
 * A page of search results for a reader (published documents of `locale` only: the index holds
 * nothing else). The first page of a query is counted, anonymously, for the owner's dashboard,
 * once the page has been sent: readers searching for the same words all update one row, and
 * none of them waits for that (a count that cannot be written never costs a reader anything).
 */
export async function searchPage(locale: Locale, query: unknown, page: number) {
  const payload = await getPayloadClient()
  const words = normalizeQuery(query)
  const results = words
    ? await cachedSearch(payload, locale, `page ${page}\n${words}`, () =>
        searchSite(payload, locale, words, page),
      )
    : await searchSite(payload, locale, words, page)
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
  const payload = await getPayloadClient()
  const words = normalizeQuery(query)
  if (!words) return searchSite(payload, locale, words, 1, { asYouType: true })
  return cachedSearch(payload, locale, `as you type\n${words}`, () =>
    searchSite(payload, locale, words, 1, { asYouType: true }),
  )
}
