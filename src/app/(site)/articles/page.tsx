import type { Metadata } from 'next'

import { ArticleIndex } from '@/components/ArticleIndex'

export const metadata: Metadata = {
  title: 'All articles',
  description: 'Every article, newest first.',
  alternates: { canonical: '/articles' },
}

/** Static; `?page=N` is redirected to `/articles/page/N` (next.config.mjs). */
export default function ArticlesPage() {
  return <ArticleIndex page={1} />
}
