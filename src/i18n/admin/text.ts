/**
 * The admin's own words in every language, in the shapes Payload takes: `adminText` gives a label,
 * description or option `{ en, es, ru }` (Payload shows the one of the editor's language), and
 * `adminTranslator` formats a message with arguments for a component of the admin.
 */
import { createTranslator } from 'use-intl/core'

import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/lib/locales'

import { type AdminMessages, en } from './en'
import { es } from './es'
import { ru } from './ru'

const catalogs: Record<Locale, AdminMessages> = { en, es, ru }

/** One text of the catalogs, in each language: `label: adminText((t) => t.fields.title)`. */
export function adminText(pick: (messages: AdminMessages) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, pick(catalogs[locale])])) as Record<
    Locale,
    string
  >
}

/** A collection's or block's `labels`. */
export function adminLabels(
  pick: (messages: AdminMessages) => { singular: string; plural: string },
) {
  return {
    singular: adminText((messages) => pick(messages).singular),
    plural: adminText((messages) => pick(messages).plural),
  }
}

/** The catalog of the admin language `language` (Payload's `i18n.language`), English if unknown. */
export function adminMessages(language: string | undefined): AdminMessages {
  return catalogs[isLocale(language) ? language : DEFAULT_LOCALE]
}

/** `t('key', { arg })` for one namespace of the admin catalog, in the admin language `language`. */
type Namespace = 'dashboard' | 'personalData' | 'scheduling' | 'searches'

export function adminTranslator<N extends Namespace>(language: string | undefined, namespace: N) {
  const locale = isLocale(language) ? language : DEFAULT_LOCALE
  return createTranslator({ locale, messages: catalogs[locale], namespace })
}

/** A field's label: `label: fieldLabel('title')`. */
export const fieldLabel = (key: keyof AdminMessages['fields']) =>
  adminText((messages) => messages.fields[key])

/** A field's help text: `admin: { description: fieldHelp('description') }`. */
export const fieldHelp = (key: keyof AdminMessages['help']) =>
  adminText((messages) => messages.help[key])
