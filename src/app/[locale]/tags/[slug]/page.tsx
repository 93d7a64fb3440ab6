import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageShell } from '@/components/PageShell'
import { articlesTagged } from '@/data/articles'
import { getSiteSettings } from '@/data/site-settings'
import { allTags, getTagBySlug } from '@/data/tags'
import { slugFromOtherLanguage, translationPaths } from '@/data/translations'
import { localeOf } from '@/i18n/locale-param'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await allTags(params.locale as Locale)).map((tag) => ({ slug: tag.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const tag = await getTagBySlug(locale, (await params).slug)
  if (!tag) return {}
  const [settings, translations] = await Promise.all([
    getSiteSettings(locale),
    translationPaths('tags', tag.id),
  ])
  const t = translator(locale, 'tag')
  const path = pathsFor(locale).tag(tag.slug)
  const title = t('title', { name: tag.name })
  const description = tag.description ?? t('description', { name: tag.name })
  const language = languageMetadata({ locale, path, translations, siteName: settings.siteName })
  return {
    title,
    description,
    alternates: language.alternates,
    openGraph: { ...language.openGraph, type: 'website', title, description },
    twitter: { card: 'summary', title, description },
  }
}

export default async function TagPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const paths = pathsFor(locale)
  const tag = await getTagBySlug(locale, slug)
  if (!tag) {
    const own = await slugFromOtherLanguage('tags', slug, locale)
    if (own) permanentRedirect(paths.tag(own))
    notFound()
  }
  const [settings, articles, translations] = await Promise.all([
    getSiteSettings(locale),
    articlesTagged(locale, tag.id),
    translationPaths('tags', tag.id),
  ])
  const t = translator(locale, 'tag')
  const site = translator(locale, 'site')
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <Breadcrumbs
        trail={[
          { name: site('home'), path: paths.home },
          { name: site('articles'), path: paths.articles },
        ]}
        current={{ name: tag.name, path: paths.tag(tag.slug) }}
        locale={locale}
      />
      <h1>{t('title', { name: tag.name })}</h1>
      {tag.description && <p className="lede">{tag.description}</p>}
      {articles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ArticleList articles={articles} locale={locale} timeZone={settings.timeZone} />
      )}
    </PageShell>
  )
}
