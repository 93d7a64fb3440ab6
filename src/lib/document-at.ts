/**
 * The document a public address shows: the reverse of `pathsFor` (src/lib/paths.ts) for the pages
 * of one document. Its own module, without the table of addresses, because the admin bar (client
 * JavaScript on every page) needs only this.
 */
import { DEFAULT_LOCALE, type Locale } from './locales'
import type { PublicCollection } from './paths'

const DOCUMENT_ADDRESS = /^(?:\/(es|ru))?\/(articles|compare|cases|tags)\/([a-z0-9-]+)\/?$/

/** The document `pathname` shows, if it shows one. */
export function documentAt(
  pathname: string,
): { collection: PublicCollection | 'tags'; slug: string; locale: Locale } | null {
  const match = pathname.match(DOCUMENT_ADDRESS)
  if (!match) return null
  const collection = (
    { articles: 'articles', compare: 'comparisons', cases: 'case-studies', tags: 'tags' } as const
  )[match[2] as 'articles' | 'compare' | 'cases' | 'tags']
  return { collection, slug: match[3], locale: (match[1] as Locale | undefined) ?? DEFAULT_LOCALE }
}
