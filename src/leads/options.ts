/**
 * The form's choices as Payload select options, labelled in each admin language from the site's
 * catalogs (src/i18n/messages): the admin shows "Producto nuevo" to an editor working in Spanish.
 */
import type { Option } from 'payload'

import { messagesOf } from '@/i18n/translate'
import { LOCALE_NAMES, LOCALES } from '@/lib/locales'
import type { Messages } from '@/i18n/messages/en'

import { budgets, contactMethods, projectTypes } from './fields'

function optionsOf<V extends string>(
  values: readonly V[],
  labels: (form: Messages['form']) => Record<V, string>,
): Option[] {
  return values.map((value) => ({
    value,
    label: Object.fromEntries(
      LOCALES.map((locale) => [locale, labels(messagesOf(locale).form)[value]]),
    ),
  }))
}

export const projectTypeOptions = optionsOf(projectTypes, (form) => form.projectTypes)
export const budgetOptions = optionsOf(budgets, (form) => form.budgets)
export const contactMethodOptions = optionsOf(contactMethods, (form) => form.contactMethods)

/** The site's languages, each by its own name. */
export const languageOptions: Option[] = LOCALES.map((value) => ({
  value,
  label: LOCALE_NAMES[value],
}))
