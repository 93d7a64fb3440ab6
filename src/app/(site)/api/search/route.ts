import { searchAsYouType } from '@/data/search'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'
import { documentPath } from '@/lib/paths'
import { searchAllowance } from '@/search/limit'

export const dynamic = 'force-dynamic'

/** How many results the header's field shows as the reader types. */
const SHOWN = 5

/**
 * GET /api/search?q=…&locale=es: the first results as JSON for the header's search field
 * (SearchBox.client.tsx). Published documents of that language only; the page /search is the
 * same search without JavaScript. Any query gets a 200 (an odd one, no results); a client over
 * its allowance (src/search/limit.ts), a 429.
 */
export async function GET(request: Request) {
  const wait = await searchAllowance(request.headers.get('x-forwarded-for') ?? '')
  if (wait > 0) {
    return Response.json(
      { message: 'Too many searches; try again in a moment.' },
      { status: 429, headers: { 'Retry-After': String(wait), 'Cache-Control': 'no-store' } },
    )
  }
  const params = new URL(request.url).searchParams
  const requested = params.get('locale')
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const results = await searchAsYouType(locale, params.get('q') ?? '')
  return Response.json(
    {
      query: results.query,
      total: results.total,
      suggestion: results.suggestion,
      hits: results.hits.slice(0, SHOWN).map((hit) => ({
        title: hit.title,
        url: documentPath(hit.collection, hit.slug, locale),
        kind: hit.collection,
      })),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
