import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { ComparisonTable } from '@/blocks/ComparisonTable/Component'
import { ArticleList } from '@/components/ArticleList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { allComparisons, articlesEmbedding, getComparisonBySlug } from '@/data/comparisons'
import { findRedirect } from '@/data/redirects'
import { getViewer } from '@/data/viewer'
import { PreviewBanner } from '@/components/PreviewBanner'
import { getSiteSettings } from '@/data/site-settings'
import { paths } from '@/lib/paths'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await allComparisons()).map((comparison) => ({ slug: comparison.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await getComparisonBySlug((await params).slug)
  if (!comparison) return {}
  const path = paths.comparison(comparison.slug)
  const title = comparison.meta?.title || `${comparison.title}: feature-by-feature comparison`
  const description =
    comparison.meta?.description ||
    comparison.intro ||
    `${comparison.optionA} and ${comparison.optionB} compared side by side.`
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: 'website', url: path, title, description },
    twitter: { card: 'summary', title, description },
  }
}

export default async function ComparisonPage({ params }: Props) {
  const { slug } = await params
  const comparison = await getComparisonBySlug(slug)
  if (!comparison) {
    const moved = await findRedirect(paths.comparison(slug))
    if (moved) permanentRedirect(moved)
    notFound()
  }
  const [settings, articles, viewer] = await Promise.all([
    getSiteSettings(),
    articlesEmbedding(comparison.id),
    getViewer(),
  ])
  const path = paths.comparison(comparison.slug)
  return (
    <article>
      {viewer.draft && <PreviewBanner path={path} isDraft={comparison._status === 'draft'} />}
      <Breadcrumbs
        trail={[{ name: 'Home', path: paths.home }]}
        current={{ name: comparison.title, path }}
      />
      <h1>{comparison.title}</h1>
      {comparison.intro && <p className="lede">{comparison.intro}</p>}
      <ComparisonTable comparison={comparison} linkToPage={false} />
      {comparison.verdict && (
        <section aria-labelledby="verdict-title">
          <h2 id="verdict-title">Verdict</h2>
          <p>{comparison.verdict}</p>
        </section>
      )}
      {articles.length > 0 && (
        <section aria-labelledby="articles-title">
          <h2 id="articles-title">Articles with this comparison</h2>
          <ArticleList articles={articles} headingLevel={3} />
        </section>
      )}
      <CallToAction defaults={settings.cta} from={path} />
    </article>
  )
}
