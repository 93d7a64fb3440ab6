import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import type { Article } from '@/payload-types'

import { DateTime } from './DateTime'
import { TagLinks } from './TagLinks'

/** What a list shows of an article (src/data/articles.ts selects just these). */
export type ArticleListItem = Pick<
  Article,
  'id' | 'title' | 'slug' | 'description' | 'publishedAt' | 'readingTime' | 'tags'
>

export function ArticleList({
  articles,
  headingLevel = 2,
  locale,
  timeZone,
}: {
  articles: ArticleListItem[]
  headingLevel?: 2 | 3
  locale: Locale
  timeZone: string
}) {
  const Heading = `h${headingLevel}` as const
  const t = translator(locale, 'article')
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <article>
            <Heading>
              <Link href={pathsFor(locale).article(article.slug)}>{article.title}</Link>
            </Heading>
            <p className="meta">
              {article.publishedAt && (
                <DateTime iso={article.publishedAt} locale={locale} timeZone={timeZone} />
              )}
              {article.readingTime ? (
                <span>{` · ${t('readingTime', { minutes: article.readingTime })}`}</span>
              ) : null}
            </p>
            <p>{article.description}</p>
            <TagLinks tags={article.tags} locale={locale} />
          </article>
        </li>
      ))}
    </ol>
  )
}
