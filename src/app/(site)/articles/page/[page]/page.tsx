import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleIndex } from '@/components/ArticleIndex'
import { listArticles } from '@/data/articles'
import { paths } from '@/lib/paths'

type Props = { params: Promise<{ page: string }> }

function pageNumber(value: string) {
  const number = Number(value)
  return /^\d+$/.test(value) && number >= 1 ? number : null
}

export async function generateStaticParams() {
  const { totalPages } = await listArticles(1)
  return Array.from({ length: Math.max(0, totalPages - 1) }, (_, i) => ({ page: String(i + 2) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return {
    title: `All articles, page ${page}`,
    alternates: { canonical: paths.articlesPage(Number(page)) },
  }
}

export default async function ArticlesPageN({ params }: Props) {
  const number = pageNumber((await params).page)
  if (!number) notFound()
  if (number === 1) permanentRedirect(paths.articles)
  const { docs, totalPages } = await listArticles(number)
  if (number > totalPages) notFound()
  return <ArticleIndex articles={docs} page={number} totalPages={totalPages} />
}
