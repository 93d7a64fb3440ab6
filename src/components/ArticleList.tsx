import Link from 'next/link'

import type { ArticleListItem } from '@/data/articles'
import { paths } from '@/lib/paths'

import { DateTime } from './DateTime'
import { TagLinks } from './TagLinks'

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
