/**
 * The home page: the sections the owner published in the `home` global, in the page's language.
 * Its draft has its own page (./preview), which keeps the preview's client code off this one.
 */
import type { Metadata } from 'next'

import { HomeSections } from '@/components/HomeSections'
import { JsonLd } from '@/components/JsonLd'
import { LanguageSuggestion } from '@/components/LanguageSuggestion.client'
import { PageShell } from '@/components/PageShell'
import { getHomeSections } from '@/data/home'
import { getSiteSettings } from '@/data/site-settings'
import { localeOf } from '@/i18n/locale-param'
import { messagesOf } from '@/i18n/translate'
import { absoluteUrl } from '@/lib/absolute-url'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import { professionalService } from '@/lib/structured-data'

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
  const settings = await getSiteSettings(locale)
  const sections = await getHomeSections(locale, settings)
  const path = pathsFor(locale).home
  const services = sections.flatMap((section) =>
    section.blockType === 'services' ? section.services : [],
  )
  return (
    <PageShell settings={settings} locale={locale} translations={translations} wide>
      {locale === DEFAULT_LOCALE && <LanguageSuggestion offers={offers} />}
      <HomeSections sections={sections} settings={settings} locale={locale} from={path} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: settings.siteName,
          url: absoluteUrl(path),
          inLanguage: locale,
          author: { '@type': 'Person', name: settings.ownerName },
        }}
      />
      {services.length > 0 && <JsonLd data={professionalService(settings, services, locale)} />}
    </PageShell>
  )
}
