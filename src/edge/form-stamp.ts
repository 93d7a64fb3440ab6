/**
 * Writes a form page's per-visitor values into the page Next rendered once (the placeholders of
 * src/lib/form-stamp.ts): a new idempotency key and signed start time, the campaign query of the
 * address, and a refused post's message. Used for every response of a form page's address, the
 * HTML and the flight data of a client-side navigation alike, so that no two visitors (and no
 * two visits) share a form's identity. Such a response is never stored by a shared cache.
 */
import crypto from 'node:crypto'

import { formToken } from '@/lib/form-token'
import {
  attributionQuery,
  FORM_STAMPS,
  type FormStampValues,
  isPlainStampValue,
} from '@/lib/form-stamp'
import { type Locale, LOCALES } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import { messagesOf } from '@/i18n/translate'

import { REFUSAL_MESSAGES, type Refusal } from './request-guard'

/** The public addresses of the form pages, with their language. */
const FORM_PAGES = new Map<string, Locale>(
  LOCALES.flatMap((locale) => [
    [pathsFor(locale).contact, locale],
    [pathsFor(locale).book, locale],
  ]),
)

/** The language of the form page at `path` (the public address), or undefined for any other. */
export function formPageLocale(path: string): Locale | undefined {
  return FORM_PAGES.get(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path)
}

/** The values for one response of a form page. */
export function stampValues(
  search: string,
  locale: Locale,
  refusal: Refusal['reason'] | undefined,
  secret: string,
): FormStampValues {
  const message = refusal ? messagesOf(locale).form.refusals[REFUSAL_MESSAGES[refusal]] : ''
  return {
    idempotencyKey: crypto.randomUUID(),
    formToken: formToken(Date.now(), secret),
    query: attributionQuery(search),
    refusal: isPlainStampValue(message) ? message : '',
  }
}

const PLACEHOLDERS = Object.entries(FORM_STAMPS) as [keyof typeof FORM_STAMPS, string][]
const MARK = Buffer.from('__form_')

/** The body with every placeholder replaced; the same bytes when it has none. */
export function stampBody(body: Buffer, values: FormStampValues): Buffer {
  if (!body.includes(MARK)) return body
  let text = body.toString('utf8')
  for (const [name, placeholder] of PLACEHOLDERS) text = text.replaceAll(placeholder, values[name])
  return Buffer.from(text, 'utf8')
}
