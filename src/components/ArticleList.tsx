import Link from 'next/link'

import { paths } from '@/lib/paths'
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
}: {
  articles: ArticleListItem[]
  headingLevel?: 2 | 3
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <article>
            <Heading>
              <Link href={paths.article(article.slug)}>{article.title}</Link>
            </Heading>
            <p className="meta">
              {article.publishedAt && <DateTime iso={article.publishedAt} />}
              {article.readingTime ? <span>{` · ${article.readingTime} min read`}</span> : null}
            </p>
            <p>{article.description}</p>
            <TagLinks tags={article.tags} />
          </article>
        </li>
      ))}
    </ol>
  )
}
