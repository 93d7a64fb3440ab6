import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { articlesTagged } from '@/data/articles'
import { allTags, getTagBySlug } from '@/data/tags'
import { paths } from '@/lib/paths'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await allTags()).map((tag) => ({ slug: tag.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTagBySlug((await params).slug)
  if (!tag) return {}
  const path = paths.tag(tag.slug)
  const description = tag.description ?? `Articles about ${tag.name}.`
  return {
    title: `Articles about ${tag.name}`,
    description,
    alternates: { canonical: path },
    openGraph: { type: 'website', url: path, title: `Articles about ${tag.name}`, description },
    twitter: { card: 'summary', title: `Articles about ${tag.name}`, description },
  }
}

export default async function TagPage({ params }: Props) {
  const tag = await getTagBySlug((await params).slug)
  if (!tag) notFound()
  const articles = await articlesTagged(tag.id)
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Home', path: paths.home },
          { name: 'Articles', path: paths.articles },
        ]}
        current={{ name: tag.name, path: paths.tag(tag.slug) }}
      />
      <h1>Articles about {tag.name}</h1>
      {tag.description && <p className="lede">{tag.description}</p>}
      {articles.length === 0 ? (
        <p>No articles with this tag yet.</p>
      ) : (
        <ArticleList articles={articles} />
      )}
    </>
  )
}
