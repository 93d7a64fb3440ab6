import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { ComparisonTable } from '@/blocks/ComparisonTable/Component'
import { ArticleList } from '@/components/ArticleList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import { PreviewBanner } from '@/components/PreviewBanner'
import { allComparisons, articlesEmbedding, getComparisonBySlug } from '@/data/comparisons'
import { findRedirect } from '@/data/redirects'
import { getSiteSettings } from '@/data/site-settings'
import { slugFromOtherLanguage, translationPaths } from '@/data/translations'
import { getViewer } from '@/data/viewer'
import { localeOf } from '@/i18n/locale-param'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await allComparisons(params.locale as Locale)).map((comparison) => ({
    slug: comparison.slug,
  }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const comparison = await getComparisonBySlug(locale, (await params).slug)
  if (!comparison) return {}
  const [settings, translations] = await Promise.all([
    getSiteSettings(locale),
    translationPaths('comparisons', comparison.id),
  ])
  const t = translator(locale, 'comparison')
  const path = pathsFor(locale).comparison(comparison.slug)
  const title = comparison.meta?.title || t('title', { title: comparison.title })
  const description =
    comparison.meta?.description ||
    comparison.intro ||
    t('description', { a: comparison.optionA, b: comparison.optionB })
  const language = languageMetadata({ locale, path, translations, siteName: settings.siteName })
  return {
    title,
    description,
    alternates: language.alternates,
    openGraph: { ...language.openGraph, type: 'website', title, description },
    twitter: { card: 'summary', title, description },
  }
}

export default async function ComparisonPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const paths = pathsFor(locale)
  const comparison = await getComparisonBySlug(locale, slug)
  if (!comparison) {
    const moved =
      (await findRedirect(paths.comparison(slug), locale)) ??
      (await slugFromOtherLanguage('comparisons', slug, locale).then(
        (own) => own && paths.comparison(own),
      ))
    if (moved) permanentRedirect(moved)
    notFound()
  }
  const [settings, articles, viewer, translations] = await Promise.all([
    getSiteSettings(locale),
    articlesEmbedding(locale, comparison.id),
    getViewer(),
    translationPaths('comparisons', comparison.id),
  ])
  const t = translator(locale, 'comparison')
  const path = paths.comparison(comparison.slug)
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <article>
        {viewer.draft && (
          <PreviewBanner path={path} isDraft={comparison._status === 'draft'} locale={locale} />
        )}
        <Breadcrumbs
          trail={[{ name: translator(locale, 'site')('home'), path: paths.home }]}
          current={{ name: comparison.title, path }}
          locale={locale}
        />
        <h1>{comparison.title}</h1>
        {comparison.intro && <p className="lede">{comparison.intro}</p>}
        <ComparisonTable comparison={comparison} linkToPage={false} locale={locale} />
        {comparison.verdict && (
          <section aria-labelledby="verdict-title">
            <h2 id="verdict-title">{t('verdict')}</h2>
            <p>{comparison.verdict}</p>
          </section>
        )}
        {articles.length > 0 && (
          <section aria-labelledby="articles-title">
            <h2 id="articles-title">{t('articles')}</h2>
            <ArticleList
              articles={articles}
              headingLevel={3}
              locale={locale}
              timeZone={settings.timeZone}
            />
          </section>
        )}
        <CallToAction defaults={settings.cta} from={path} locale={locale} />
      </article>
    </PageShell>
  )
}
