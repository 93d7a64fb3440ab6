/**
 * The booking pipeline, independent of Next: validate → anti-spam and rate limits (the lead
 * form's own) → check the time is still free → in one transaction, the lead (status "call
 * booked", with its source page and campaign) and the booking (whose hooks queue the invites) →
 * answer. The database has the last word on double booking: two visitors racing for one slot
 * both pass the check, the exclusion constraint lets exactly one insert commit, and the other is
 * told the time was just taken and shown fresh slots.
 */
import crypto from 'node:crypto'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  ValidationError,
} from 'payload'

import { messagesOf } from '@/i18n/translate'
import { readAttribution } from '@/leads/attribution'
import { hashEmail, hashIp, type Limit, spamReason } from '@/leads/spam'
import { firstLimitReached, tooManyKey } from '@/leads/submit'
import { cleanOneLine } from '@/leads/schema'
import { DatabaseUnavailableError, retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import { getServerEnv } from '@/lib/env'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/locales'

import { currentSlots, readAvailability, takenAfter } from './calendar'
import { formatWhen } from './format'
import {
  type BookingActionState,
  type BookingField,
  bookingErrorText,
  bookingFields,
  bookingSchema,
} from './schema'
import { isOverlap } from './overlap'
import { holdUntil, offeredSlot } from './slots'

export type BookingContext = {
  ip: string
  userAgent: string
  now?: number
  /** Runs the queued invites right after the answer (Next's `after`); the queue retries anyway. */
  runSoon?: (task: () => Promise<void>) => void
}

export type BookingResult = BookingActionState & { status: 200 | 400 | 409 | 429 | 503 }

const formLocale = (input: Record<string, unknown>): Locale =>
  isLocale(input.locale) ? input.locale : DEFAULT_LOCALE

/** What was typed, to show again after an error (the consent box is ticked again by hand). */
export function bookingValues(
  input: Record<string, unknown>,
): Partial<Record<BookingField, string>> {
  const values: Partial<Record<BookingField, string>> = {}
  for (const key of bookingFields) {
    const raw = input[key]
    const value = Array.isArray(raw) ? raw[0] : raw
    if (key !== 'consent' && typeof value === 'string') values[key] = value.slice(0, 5000)
  }
  return values
}

const isDuplicateKey = (error: unknown) =>
  error instanceof ValidationError &&
  error.data.errors.some((issue) => issue.path === 'idempotencyKey')

const RESTART_WAIT_MS = 8_000

type Stored =
  | { kind: 'booked'; start: Date; timeZone: string; jobIds: (number | string)[] }
  | { kind: 'taken' }
  | { kind: 'gone' }
  | { kind: 'duplicate'; start?: Date; timeZone?: string }
  | { kind: 'spam' }

type Booking = {
  start: Date
  timeZone?: string
  name: string
  email: string
  topic: string
  locale: Locale
}

async function earlierBooking(payload: Payload, idempotencyKey: string): Promise<Stored | null> {
  const { docs } = await payload.find({
    collection: 'leads',
    where: { idempotencyKey: { equals: idempotencyKey } },
    depth: 0,
    limit: 1,
    select: { status: true },
  })
  if (docs.length === 0) return null
  const bookings = await payload.find({
    collection: 'bookings',
    where: { lead: { equals: docs[0].id } },
    depth: 0,
    limit: 1,
    select: { startsAt: true, timeZone: true },
  })
  const first = bookings.docs[0]
  return first
    ? { kind: 'duplicate', start: new Date(first.startsAt), timeZone: first.timeZone }
    : { kind: 'duplicate' }
}

/** The lead and its booking, in one transaction: both are stored, or neither. */
async function storeBooking(
  payload: Payload,
  booking: Booking,
  lead: Record<string, unknown>,
  now: Date,
): Promise<Stored> {
  const key = lead.idempotencyKey as string | undefined
  if (key) {
    const earlier = await earlierBooking(payload, key)
    if (earlier) return earlier
  }
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  await initTransaction(req)
  try {
    const availability = await readAvailability(payload, req)
    const slot = offeredSlot(availability, await takenAfter(payload, now, req), now, booking.start)
    if (!slot) {
      await killTransaction(req)
      return { kind: 'gone' }
    }
    const timeZone = booking.timeZone ?? availability.timeZone
    const created = await payload.create({
      collection: 'leads',
      data: lead as never,
      depth: 0,
      req,
      context: { disableRevalidate: true },
    })
    const jobIds: (number | string)[] = []
    await payload.create({
      collection: 'bookings',
      data: {
        title: `${booking.name} · ${formatWhen(slot.start, availability.timeZone, 'en-GB')}`,
        lead: created.id,
        status: 'confirmed',
        startsAt: slot.start.toISOString(),
        endsAt: slot.end.toISOString(),
        holdUntil: holdUntil(availability, slot.start).toISOString(),
        topic: booking.topic || undefined,
        timeZone,
        language: booking.locale,
        uid: `${crypto.randomUUID()}@${new URL(getServerEnv().SITE_URL).hostname}`,
        sequence: 0,
      },
      depth: 0,
      req,
      context: { disableRevalidate: true, queuedJobs: jobIds },
    })
    await commitTransaction(req)
    const { totalDocs } = await payload.count({
      collection: 'leads',
      where: { id: { equals: created.id } },
    })
    if (totalDocs === 0) throw new DatabaseUnavailableError(new Error('commit not confirmed'))
    return { kind: 'booked', start: slot.start, timeZone, jobIds }
  } catch (error) {
    await killTransaction(req)
    if (isOverlap(error)) return { kind: 'taken' }
    if (key && isDuplicateKey(error))
      return (await earlierBooking(payload, key)) ?? { kind: 'duplicate' }
    throw error
  }
}

export async function submitBooking(
  payload: Payload,
  input: Record<string, unknown>,
  context: BookingContext,
): Promise<BookingResult> {
  const now = context.now ?? Date.now()
  const locale = formLocale(input)
  const messages = messagesOf(locale)
  const texts = { form: messages.form.errors, booking: messages.booking.errors }
  const values = bookingValues(input)
  const repeated: Partial<Record<BookingField, string>> = {}
  for (const key of bookingFields) {
    if (Array.isArray(input[key])) repeated[key] = texts.form.repeated
  }
  const parsed = bookingSchema.safeParse(
    Object.fromEntries(bookingFields.map((key) => [key, input[key]])),
  )
  if (!parsed.success || Object.keys(repeated).length > 0) {
    const fieldErrors: Partial<Record<BookingField, string>> = { ...repeated }
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = issue.path[0] as BookingField | undefined
      if (field && !fieldErrors[field]) fieldErrors[field] = bookingErrorText(issue.message, texts)
    }
    return {
      ok: false,
      status: 400,
      fieldErrors,
      message: messages.form.results.checkFields,
      values,
    }
  }
  const env = getServerEnv()
  const secret = env.PAYLOAD_SECRET
  const { attribution, identity, notes } = readAttribution(input, env.SITE_URL)
  const form = parsed.data
  const ipHash = hashIp(context.ip, secret)
  const spam = spamReason(identity, now, secret)
  const limits: [Limit, string][] = [
    ['address', ipHash],
    ['recipient', hashEmail(form.email, secret)],
    ['site', 'all'],
  ]
  const lead = {
    name: form.name,
    email: form.email,
    projectType: 'consultation',
    message: form.topic || '—',
    preferredContact: 'email',
    language: locale,
    status: spam ? 'spam' : 'call-booked',
    spamReason: spam ?? undefined,
    ...attribution,
    attributionNotes: notes.length > 0 ? notes.join('; ').slice(0, 1000) : undefined,
    ipHash,
    userAgent: cleanOneLine(context.userAgent).slice(0, 500),
    consentAt: new Date(now).toISOString(),
    idempotencyKey: identity.idempotencyKey,
    // The booking's own emails (the invites) take the place of the request's two.
    ownerEmail: { state: 'skipped', attempts: 0 },
    confirmationEmail: { state: 'skipped', attempts: 0 },
  }

  let stored: Stored
  try {
    const limited = await retryWhileDatabaseUnavailable(
      () => firstLimitReached(payload, limits),
      RESTART_WAIT_MS,
    )
    if (limited) {
      return { ok: false, status: 429, message: messages.form.results[tooManyKey[limited]], values }
    }
    stored = spam
      ? await retryWhileDatabaseUnavailable(async () => {
          // A bot's "booking" is kept as a spam lead and holds no time.
          await payload.create({
            collection: 'leads',
            data: lead as never,
            depth: 0,
            context: { disableRevalidate: true },
          })
          return { kind: 'spam' } as const
        }, RESTART_WAIT_MS)
      : await retryWhileDatabaseUnavailable(
          () => storeBooking(payload, { ...form, locale, start: form.slot }, lead, new Date(now)),
          RESTART_WAIT_MS,
        )
  } catch (error) {
    payload.logger.error(`A booking could not be stored: ${String(error)}`)
    return {
      ok: false,
      status: 503,
      message:
        error instanceof DatabaseUnavailableError
          ? messages.form.results.unavailable
          : messages.form.results.failed,
      values,
    }
  }

  switch (stored.kind) {
    case 'taken':
    case 'gone': {
      const message = messages.booking.errors[stored.kind === 'taken' ? 'slotTaken' : 'slotGone']
      const fresh = await currentSlots(payload, new Date(now)).catch(() => null)
      return {
        ok: false,
        status: 409,
        fieldErrors: { slot: message },
        message,
        values: { ...values, slot: undefined },
        slots: fresh?.days.flatMap((day) => day.slots.map((one) => one.start.toISOString())),
      }
    }
    case 'spam':
      return {
        ok: true,
        status: 200,
        booked: { start: form.slot.toISOString(), timeZone: form.timeZone ?? 'UTC' },
      }
    case 'duplicate':
      return {
        ok: true,
        status: 200,
        booked: stored.start
          ? { start: stored.start.toISOString(), timeZone: stored.timeZone ?? 'UTC' }
          : undefined,
      }
    case 'booked': {
      const { jobIds } = stored
      if (jobIds.length > 0) {
        context.runSoon?.(async () => {
          await payload.jobs
            .run({ where: { id: { in: jobIds } }, limit: jobIds.length })
            .catch((error: unknown) => {
              payload.logger.warn(`Sending a booking's invites now failed: ${String(error)}`)
            })
        })
      }
      return {
        ok: true,
        status: 200,
        booked: { start: stored.start.toISOString(), timeZone: stored.timeZone },
      }
    }
  }
}
