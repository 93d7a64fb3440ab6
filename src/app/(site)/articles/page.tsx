import type { Metadata } from 'next'

import { ArticleIndex } from '@/components/ArticleIndex'
import { listArticles } from '@/data/articles'
import { paths } from '@/lib/paths'

export const metadata: Metadata = {
  title: 'All articles',
  description: 'Every article, newest first.',
  alternates: { canonical: paths.articles },
}

/** Static; `?page=N` is redirected to `/articles/page/N` (next.config.mjs). */
export default async function ArticlesPage() {
  const { docs, totalPages } = await listArticles(1)
  return <ArticleIndex articles={docs} page={1} totalPages={totalPages} />
}
