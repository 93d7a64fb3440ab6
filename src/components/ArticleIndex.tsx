import { notFound } from 'next/navigation'

import { listArticles } from '@/data/articles'

import { ArticleList } from './ArticleList'
import { Pagination } from './Pagination'

/** One page of "All articles", newest first. */
export async function ArticleIndex({ page }: { page: number }) {
  const result = await listArticles(page)
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <>
      <h1>All articles</h1>
      {result.docs.length === 0 ? <p>No articles yet.</p> : <ArticleList articles={result.docs} />}
      <Pagination page={page} totalPages={result.totalPages} />
    </>
  )
}
