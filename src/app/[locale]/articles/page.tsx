import type { Metadata } from 'next'

import { ArticleIndex } from '@/components/ArticleIndex'
import { PageShell } from '@/components/PageShell'
import { listArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/site-settings'
import { localeOf } from '@/i18n/locale-param'
import { translator } from '@/i18n/translate'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

const translations = everyLanguage((locale) => pathsFor(locale).articles)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  const t = translator(locale, 'list')
  return {
    title: t('title'),
    description: t('description'),
    ...languageMetadata({
      locale,
      path: pathsFor(locale).articles,
      translations,
      siteName: settings.siteName,
    }),
  }
}

/** Static; `?page=N` is redirected to `/articles/page/N` (next.config.mjs). */
export default async function ArticlesPage({ params }: Props) {
  const locale = await localeOf(params)
  const [settings, { docs, totalPages }] = await Promise.all([
    getSiteSettings(locale),
    listArticles(locale, 1),
  ])
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <ArticleIndex
        articles={docs}
        page={1}
        totalPages={totalPages}
        locale={locale}
        timeZone={settings.timeZone}
      />
    </PageShell>
  )
}
