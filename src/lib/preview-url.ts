import { getServerEnv } from './env'
import { DEFAULT_LOCALE, isLocale } from './locales'
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
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE
  const params = new URLSearchParams({ collection, slug, locale: language })
  return `${getServerEnv().SITE_URL}/api/preview?${params}`
}
