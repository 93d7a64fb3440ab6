import { getServerEnv } from './env'
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales'
import type { PublicCollection } from './paths'

/**
 * The admin's "Preview" link, in the language being edited: turns on draft mode for a signed-in
 * editor, then shows the page.
 */
export function previewUrl(
  collection: PublicCollection,
  slug: string | undefined,
  locale: string | undefined,
) {
  if (!slug) return null
  const params = new URLSearchParams({ collection, slug, locale: languageOf(locale) })
  return `${getServerEnv().SITE_URL}/api/preview?${params}`
}

/** The same for the home page (a global, which has no slug). */
export function homePreviewUrl(locale: string | undefined) {
  const params = new URLSearchParams({ page: 'home', locale: languageOf(locale) })
  return `${getServerEnv().SITE_URL}/api/preview?${params}`
}

const languageOf = (locale: string | undefined): Locale =>
  isLocale(locale) ? locale : DEFAULT_LOCALE
