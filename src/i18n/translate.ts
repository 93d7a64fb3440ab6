/**
 * Interface text by language, from the catalogs in messages/ (use-intl's ICU formatter: plurals
 * and arguments by the language's own rules). Keys are typed by the English catalog.
 */
import { _createCache, _createIntlFormatters, createTranslator } from 'use-intl/core'

import type { Locale } from '@/lib/locales'

import { en, type Messages } from './messages/en'
import { es } from './messages/es'
import { ru } from './messages/ru'

const catalogs: Record<Locale, Messages> = { en, es, ru }

/** The catalog of one language (e.g. to hand a client component the strings it shows). */
export function messagesOf(locale: Locale): Messages {
  return catalogs[locale]
}

/**
 * One cache of compiled messages and Intl formatters for every translator of the process (the
 * way next-intl shares them): a translator of its own compiled each message it formatted and
 * resolved its locale again, which showed in the CPU profile of every page rendered per request.
 */
const cache = _createCache()
const formatters = _createIntlFormatters(cache)

/** `t('key', { arg })` for one namespace of the catalog, in `locale`. */
export function translator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({
    locale,
    messages: catalogs[locale],
    namespace,
    _cache: cache,
    _formatters: formatters,
  })
}
