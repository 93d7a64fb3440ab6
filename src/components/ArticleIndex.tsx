import { ArticleList, type ArticleListItem } from './ArticleList'
import { Pagination } from './Pagination'

/** One page of "All articles", newest first (the page fetches it). */
export function ArticleIndex({
  articles,
  page,
  totalPages,
}: {
  articles: ArticleListItem[]
  page: number
  totalPages: number
}) {
  return (
    <>
      <h1>All articles</h1>
      {articles.length === 0 ? <p>No articles yet.</p> : <ArticleList articles={articles} />}
      <Pagination page={page} totalPages={totalPages} />
    </>
  )
}
