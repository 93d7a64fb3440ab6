/**
 * The site's languages: English at the root of every address, Spanish under /es, Russian under
 * /ru. Content, pages, the form, the emails and the admin all speak these three.
 */
export const LOCALES = ['en', 'es', 'ru'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** Each language by its own name, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  ru: 'Русский',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Open Graph's names for them (`og:locale`). */
export const OPEN_GRAPH_LOCALES: Record<Locale, string> = { en: 'en_US', es: 'es_ES', ru: 'ru_RU' }
