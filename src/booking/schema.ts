/**
 * The booking form: the same text rules as the consultation request (src/leads/schema.ts: no
 * control or bidi characters, one line where one line is meant, nothing unreadable), plus the
 * chosen time (an instant, as the page offered it) and the visitor's time zone. The server parses
 * the raw form with it; the browser checks the same fields before sending.
 */
import { z } from 'zod'

import type { Messages } from '@/i18n/messages/en'
import { cleanMultiline, cleanOneLine, hasLineBreak, hasUnreadable } from '@/leads/schema'
import { isTimeZone } from '@/lib/time-zone'

type FormErrors = Messages['form']['errors']
type BookingErrors = Messages['booking']['errors']
export type BookingErrorKey = keyof FormErrors | keyof BookingErrors

const say = (key: BookingErrorKey) => key

const line = (max: number, missing: BookingErrorKey, tooLong: BookingErrorKey) =>
  z
    .string({ message: missing })
    .overwrite(cleanOneLine)
    .trim()
    .min(1, missing)
    .max(max, tooLong)
    .refine((value) => !hasLineBreak(value), { message: say('oneLine') })
    .refine((value) => !hasUnreadable(value), { message: say('unreadable') })

/** An ISO instant, as the page wrote it into the slot's radio button. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z$/

export const bookingSchema = z.object({
  slot: z
    .string({ message: say('slotRequired') })
    .regex(ISO_INSTANT, say('slotRequired'))
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), { message: say('slotRequired') }),
  // The visitor's zone for the emails' times; an unknown one falls back to the owner's.
  timeZone: z.preprocess(
    (value) =>
      typeof value === 'string' && value.length <= 64 && isTimeZone(value) ? value : undefined,
    z.string().optional(),
  ),
  name: line(100, 'nameRequired', 'nameTooLong'),
  email: line(254, 'emailRequired', 'emailTooLong')
    .pipe(z.email({ message: say('emailInvalid') }))
    .transform((value) => value.toLowerCase()),
  topic: z.preprocess(
    (value) => (value === null || value === undefined ? '' : value),
    z
      .string({ message: say('notText') })
      .overwrite(cleanMultiline)
      .trim()
      .max(2000, say('topicTooLong'))
      .refine((value) => !hasUnreadable(value), { message: say('unreadable') }),
  ),
  consent: z.preprocess(
    (value) => value === true || value === 'on' || value === 'true',
    z.literal(true, { message: say('consentRequired') }),
  ),
})

export type BookingField = keyof z.input<typeof bookingSchema>
export const bookingFields = Object.keys(bookingSchema.shape) as BookingField[]

/** What the booking action answers. */
export type BookingActionState = {
  ok: boolean
  status?: number
  fieldErrors?: Partial<Record<BookingField, string>>
  message?: string
  /** What was typed, to show again after an error. */
  values?: Partial<Record<BookingField, string>>
  /** Fresh free times, when the chosen one was just taken (ISO starts). */
  slots?: string[]
  /** The booked call, to say when it is. */
  booked?: { start: string; timeZone: string }
}

/** An issue's key in the page's language. */
export function bookingErrorText(
  key: string,
  texts: { form: FormErrors; booking: BookingErrors },
): string {
  if (Object.hasOwn(texts.booking, key)) return texts.booking[key as keyof BookingErrors]
  if (Object.hasOwn(texts.form, key)) return texts.form[key as keyof FormErrors]
  return key
}
