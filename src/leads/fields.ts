/**
 * What the contact form needs before its validator has loaded: the choices it offers and the text
 * of an error key. No zod here, so that showing the form costs the page none of it; the schema
 * (schema.ts) builds on these, and the browser loads it when the visitor first focuses the form.
 */
import type { Messages } from '@/i18n/messages/en'

// The options' labels are in the catalogs (src/i18n/messages, form.projectTypes and so on).
export const projectTypes = ['new-product', 'existing-system', 'consultation', 'other'] as const
export const budgets = ['under-5k', '5k-15k', '15k-50k', 'over-50k', 'not-sure'] as const
export const contactMethods = ['email', 'telegram'] as const

/** What the schema says about a field: a key of the form's error texts, in each language. */
export type LeadErrorKey = keyof Messages['form']['errors']

/** The form's error texts in one language, by key (from the catalogs, src/i18n/messages). */
export type LeadErrorTexts = Record<LeadErrorKey, string>

/** The text of an issue's message: its key's text, or the message itself if it is no key. */
export function errorText(message: string, texts: LeadErrorTexts): string {
  return Object.hasOwn(texts, message) ? texts[message as LeadErrorKey] : message
}
