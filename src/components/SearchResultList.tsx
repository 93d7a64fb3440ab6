import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { documentPath } from '@/lib/paths'
import type { SearchHit } from '@/search/query'

import { DateTime } from './DateTime'
import { SearchSnippet } from './SearchSnippet'

/** Search results: each document's title, kind and date, and the passage that matched. */
export function SearchResultList({
  hits,
  locale,
  timeZone,
}: {
  hits: SearchHit[]
  locale: Locale
  timeZone: string
}) {
  const t = translator(locale, 'search')
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={`${hit.collection}/${hit.slug}`}>
          <h2>
            <Link href={documentPath(hit.collection, hit.slug, locale)}>{hit.title}</Link>
          </h2>
          <p className="meta">
            {hit.collection === 'comparisons' ? (
              t('comparison')
            ) : hit.publishedAt ? (
              <DateTime iso={hit.publishedAt} locale={locale} timeZone={timeZone} />
            ) : null}
          </p>
          <SearchSnippet snippet={hit.snippet} />
        </li>
      ))}
    </ol>
  )
}
