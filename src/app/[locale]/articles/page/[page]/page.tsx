import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleIndex } from '@/components/ArticleIndex'
import { PageShell } from '@/components/PageShell'
import { listArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/site-settings'
import { localeOf } from '@/i18n/locale-param'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; page: string }> }

function pageNumber(value: string) {
  const number = Number(value)
  return /^\d+$/.test(value) && number >= 1 ? number : null
}

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const { totalPages } = await listArticles(params.locale as Locale, 1)
  return Array.from({ length: Math.max(0, totalPages - 1) }, (_, i) => ({ page: String(i + 2) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { page } = await params
  const settings = await getSiteSettings(locale)
  const path = pathsFor(locale).articlesPage(Number(page))
  return {
    title: translator(locale, 'list')('pageTitle', { page }),
    // Each language has its own number of pages: no page N is another language's page N.
    ...languageMetadata({ locale, path, translations: {}, siteName: settings.siteName }),
  }
}

export default async function ArticlesPageN({ params }: Props) {
  const locale = await localeOf(params)
  const number = pageNumber((await params).page)
  if (!number) notFound()
  if (number === 1) permanentRedirect(pathsFor(locale).articles)
  // Past the last page is a 404, known before asking for it: /articles/page/1e21 made an
  // offset PostgreSQL refused (a 500).
  const { totalPages } = await listArticles(locale, 1)
  if (number > totalPages) notFound()
  const [settings, { docs }] = await Promise.all([
    getSiteSettings(locale),
    listArticles(locale, number),
  ])
  return (
    <PageShell settings={settings} locale={locale} translations={{}}>
      <ArticleIndex
        articles={docs}
        page={number}
        totalPages={totalPages}
        locale={locale}
        timeZone={settings.timeZone}
      />
    </PageShell>
  )
}
