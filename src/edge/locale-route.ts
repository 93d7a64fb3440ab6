/**
 * Where a request goes among the languages. English lives at the root of every address
 * (`/articles/x`), Spanish and Russian under `/es` and `/ru`; inside Next every page is under
 * `[locale]`, so the edge hands Next `/en/articles/x` for the English address. Nothing here looks
 * at Accept-Language: an address always shows what it names.
 *
 * - `/es…`, `/ru…`, Next's and Payload's own addresses (`/_next`, `/api`, `/admin`), and the
 *   files at the root (sitemap, robots, icon): unchanged;
 * - `/en` or `/en/…` is the English page's second address: a permanent redirect to the one
 *   without `/en` (on this site, never elsewhere: `/en//evil.example` and `/en/\t/evil.example`,
 *   which a browser reads as `//evil.example`, go to `/evil.example`);
 * - anything else is English: `/en` + the address, for Next only.
 */
export type LocaleRoute = { rewrite: string } | { redirect: string } | null

const UNLOCALIZED = /^\/(?:_next\/|__nextjs|(?:api|admin|es|ru)(?:[/?]|$))/
const ROOT_FILES = new Set(['/sitemap.xml', '/robots.txt', '/icon.svg', '/favicon.ico'])
const ENGLISH_PREFIX = /^\/en(?=[/?]|$)/
/** What may not open the redirect's path: more slashes, backslashes, spaces or controls. */
const LEADING_JUNK = /^[/\\\s\u0000-\u001f]+/

export function localeRoute(url: string): LocaleRoute {
  if (UNLOCALIZED.test(url)) return null
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  if (ROOT_FILES.has(path)) return null
  if (ENGLISH_PREFIX.test(url)) {
    const rest = url.slice(3)
    const query = rest.startsWith('?') ? rest : ''
    const pathRest = query ? '' : rest
    return { redirect: `/${pathRest.replace(LEADING_JUNK, '')}${query}` }
  }
  return { rewrite: path === '/' ? `/en${url.slice(1)}` : `/en${url}` }
}
