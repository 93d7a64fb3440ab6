import type { Metadata } from 'next'
import Link from 'next/link'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { ArticleList } from '@/components/ArticleList'
import { JsonLd } from '@/components/JsonLd'
import { LanguageSuggestion } from '@/components/LanguageSuggestion.client'
import { PageShell } from '@/components/PageShell'
import { latestArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/site-settings'
import { localeOf } from '@/i18n/locale-param'
import { messagesOf, translator } from '@/i18n/translate'
import { absoluteUrl } from '@/lib/absolute-url'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

const translations = everyLanguage((locale) => pathsFor(locale).home)

/** What the English home offers a browser that prefers another language, in that language. */
const offers = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => {
  const { home } = messagesOf(locale)
  return {
    locale,
    href: pathsFor(locale).home,
    text: home.suggestion,
    link: home.suggestionLink,
    close: home.suggestionClose,
  }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  return languageMetadata({
    locale,
    path: pathsFor(locale).home,
    translations,
    siteName: settings.siteName,
  })
}

export default async function HomePage({ params }: Props) {
  const locale = await localeOf(params)
  const [settings, articles] = await Promise.all([
    getSiteSettings(locale),
    latestArticles(locale, 5),
  ])
  const paths = pathsFor(locale)
  const t = translator(locale, 'home')
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      {locale === DEFAULT_LOCALE && <LanguageSuggestion offers={offers} />}
      <section className="hero">
        <h1>{settings.ownerName}</h1>
        {settings.tagline && <p className="tagline">{settings.tagline}</p>}
        {settings.intro && <p>{settings.intro}</p>}
      </section>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t('latest')}</h2>
        <ArticleList
          articles={articles}
          headingLevel={3}
          locale={locale}
          timeZone={settings.timeZone}
        />
        <p>
          <Link href={paths.articles}>{t('allArticles')}</Link>
        </p>
      </section>
      <CallToAction defaults={settings.cta} from={paths.home} locale={locale} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: settings.siteName,
          url: absoluteUrl(paths.home),
          inLanguage: locale,
          author: { '@type': 'Person', name: settings.ownerName },
        }}
      />
    </PageShell>
  )
}
