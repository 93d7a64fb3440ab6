/**
 * What every public page says about its language in its head: canonical address, the same page
 * in the other languages where it exists (hreflang, x-default = English), og:locale and its
 * alternates, and the feed of its language. Next merges page metadata per top-level key, so a
 * page spreads these into its own `alternates` and `openGraph` rather than relying on the layout.
 */
import type { Metadata } from 'next'

import { DEFAULT_LOCALE, type Locale, LOCALES, OPEN_GRAPH_LOCALES } from './locales'
import { pathsFor } from './paths'

/** The address of the same page in each language it exists in (always including this one). */
export type Translations = Partial<Record<Locale, string>>

export function languageMetadata(options: {
  locale: Locale
  path: string
  translations: Translations
  siteName: string
}): {
  alternates: NonNullable<Metadata['alternates']>
  openGraph: NonNullable<Metadata['openGraph']>
} {
  const { locale, path, siteName } = options
  const translations: Translations = { ...options.translations, [locale]: path }
  const languages: Record<string, string> = {}
  for (const code of LOCALES) {
    const address = translations[code]
    if (address) languages[code] = address
  }
  const english = translations[DEFAULT_LOCALE]
  if (english) languages['x-default'] = english
  return {
    alternates: {
      canonical: path,
      languages,
      types: {
        'application/rss+xml': [{ url: pathsFor(locale).feed, title: `${siteName} (RSS)` }],
      },
    },
    openGraph: {
      siteName,
      url: path,
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: LOCALES.filter((code) => code !== locale && translations[code]).map(
        (code) => OPEN_GRAPH_LOCALES[code],
      ),
    },
  }
}

/** A page that exists in every language at the same place (home, lists, contact). */
export function everyLanguage(pathIn: (locale: Locale) => string): Translations {
  return Object.fromEntries(LOCALES.map((locale) => [locale, pathIn(locale)]))
}
