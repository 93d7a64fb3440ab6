/**
 * The consultation request: one schema for the browser (react-hook-form's zodResolver, loaded
 * when the visitor first focuses the form) and the server action, which parses the raw form input
 * with it again; and the text rules both apply.
 *
 * What a typed value may carry into the database, the admin and an email:
 * - NUL and the other C0/C1 control characters are removed everywhere (PostgreSQL refuses NUL;
 *   the rest only hide text). Line breaks and tabs survive in multi-line text only.
 * - Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) are
 *   removed everywhere: "Eve \u202Egnp.exe" must not read as "Eve exe.png" in a subject line or
 *   the admin. Right-to-left scripts display correctly without them.
 * - A lone surrogate (text that was never valid Unicode) becomes U+FFFD, which `hasUnreadable`
 *   reports, like the U+FFFD a browser puts where it met bytes that were not UTF-8.
 */
import { z } from 'zod/mini'

import {
  budgets,
  contactMethods,
  errorText,
  type LeadErrorKey,
  type LeadErrorTexts,
  projectTypes,
} from './fields'

const say = (key: LeadErrorKey) => key

const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f)
const isBidi = (code: number) =>
  code === 0x061c ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069)
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff

/** Keeps the characters `keep` allows; a lone surrogate becomes U+FFFD. */
function filter(value: string, keep: (code: number) => boolean): string {
  let out = ''
  // for…of walks code points: a valid surrogate pair arrives as one character.
  for (const char of value) {
    const code = char.codePointAt(0)!
    if (char.length === 1 && isSurrogate(code)) out += '\uFFFD'
    else if (keep(code)) out += char
  }
  return out
}

/** Multi-line text: keeps line breaks (as \n, also for U+2028/U+2029) and tabs. */
export function cleanMultiline(value: string): string {
  return filter(value.replace(/\r\n?|[\u2028\u2029]/g, '\n'), (code) =>
    code === 0x0a || code === 0x09 ? true : !isControl(code) && !isBidi(code),
  )
}

/**
 * One line: a tab becomes a space; line breaks (CR, LF, U+2028, U+2029) stay, for the schema to
 * refuse with a message (`hasLineBreak`).
 */
export function cleanOneLine(value: string): string {
  return filter(value.replace(/\t/g, ' '), (code) =>
    code === 0x0a || code === 0x0d ? true : !isControl(code) && !isBidi(code),
  )
}

export function hasLineBreak(value: string): boolean {
  return /[\r\n\u2028\u2029]/.test(value)
}

/** True when the text holds U+FFFD: something the sender's software could not encode. */
export function hasUnreadable(value: string): boolean {
  return value.includes('\uFFFD')
}

// Zod compiles object parsers with `new Function` when it may; under the site's
// Content-Security-Policy (no 'unsafe-eval') even its probe for that is a reported violation.
z.config({ jitless: true })

const UNREADABLE = say('unreadable')

/**
 * `preprocess` as zod's full API has it: `prepare` runs first, then `schema` checks the result.
 * The same pipe at run time; typed as the full API types it (a key is optional in the input when
 * `schema` accepts undefined), which zod/mini's bare pipe does not say.
 */
const preprocess = <T extends z.ZodMiniType>(prepare: (value: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(prepare), schema) as unknown as z.core.$ZodPreprocess<T>

/**
 * One line of text: control and bidi characters removed (see above), trimmed, no CR/LF
 * (nothing can become a mail header).
 */
const line = (max: number, tooLong: LeadErrorKey, missing: LeadErrorKey = 'notText') =>
  z.string({ message: missing }).check(
    z.overwrite(cleanOneLine),
    z.trim(),
    z.maxLength(max, tooLong),
    z.refine((value) => !hasLineBreak(value), { message: say('oneLine') }),
    z.refine((value) => !hasUnreadable(value), { message: UNREADABLE }),
  )

const optionalLine = (max: number, tooLong: LeadErrorKey) =>
  preprocess((value) => (value === null ? undefined : value), z.optional(line(max, tooLong)))

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

/**
 * Written with `zod/mini` (functions instead of methods), which the browser bundle can take in
 * part: the full API added about 14 KB gzip to /contact. Each step is the one the full API's
 * method stands for (`.max(n)` is `z.maxLength(n)`, `.transform(f)` is `z.pipe(…, z.transform(f))`),
 * so browser and server check exactly as before.
 */
export const leadSchema = z
  .object({
    name: line(100, 'nameTooLong', 'nameRequired').check(z.minLength(1, say('nameRequired'))),
    // Stored in lower case, so that one person's requests are found together (GDPR export/delete).
    email: z.pipe(
      z.pipe(line(254, 'emailTooLong', 'emailRequired'), z.email({ message: say('emailInvalid') })),
      z.transform((value: string) => value.toLowerCase()),
    ),
    company: optionalLine(150, 'companyTooLong'),
    projectType: z.enum(projectTypes, { message: say('projectTypeRequired') }),
    budget: preprocess(blankToUndefined, z.optional(z.enum(budgets))),
    message: z.string({ message: say('messageRequired') }).check(
      z.overwrite(cleanMultiline),
      z.trim(),
      z.minLength(20, say('messageTooShort')),
      z.maxLength(5000, say('messageTooLong')),
      z.refine((value) => !hasUnreadable(value), { message: UNREADABLE }),
    ),
    preferredContact: z.enum(contactMethods, { message: say('contactRequired') }),
    telegram: preprocess(blankToUndefined, z.optional(line(33, 'telegramTooLong'))),
    consent: preprocess(
      (value) => value === true || value === 'on' || value === 'true',
      z.literal(true, { message: say('consentRequired') }),
    ),
  })
  .check(
    z.superRefine((data, context) => {
      if (data.preferredContact !== 'telegram') return
      if (!data.telegram) {
        context.addIssue({
          code: 'custom',
          path: ['telegram'],
          message: say('telegramRequired'),
        })
      } else if (!/^@?[A-Za-z][A-Za-z0-9_]{4,31}$/.test(data.telegram)) {
        context.addIssue({
          code: 'custom',
          path: ['telegram'],
          message: say('telegramInvalid'),
        })
      }
    }),
  )

export type LeadInput = z.input<typeof leadSchema>
export type LeadField = keyof LeadInput

/** What the server action answers, and nothing more. */
export type LeadActionState = {
  ok: boolean
  /** The HTTP status the result calls for: 200, 400 (invalid), 429 (limited), 503 (not stored). */
  status?: number
  fieldErrors?: Partial<Record<LeadField, string>>
  message?: string
  /** The text that was sent, so a page rendered without JavaScript can show it again. */
  values?: Partial<Record<LeadField, string>>
}

/** The first message for each field, in the language of `texts`. */
export function fieldErrorsOf(
  error: z.core.$ZodError,
  texts: LeadErrorTexts,
): Partial<Record<LeadField, string>> {
  const errors: Partial<Record<LeadField, string>> = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as LeadField | undefined
    if (field && !errors[field]) errors[field] = errorText(issue.message, texts)
  }
  return errors
}
