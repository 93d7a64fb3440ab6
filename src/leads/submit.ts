/**
 * The lead pipeline, independent of Next: validate → rate limits → commit the lead → queue its
 * two emails → answer. Nothing slow (SMTP) runs before the answer. Every answer is in the
 * language of the form's page (its hidden `locale` field, read like the other decorations: an
 * odd one means English, never a lost lead), and the lead keeps that language.
 *
 * `input` is the form as sent: a field sent more than once arrives as an array. The visible
 * fields must come once each; the hidden ones (attribution, form identity) are read one by one
 * (attribution.ts), so that a bad campaign tag never costs a lead. Spam is decided by the
 * anti-spam signals alone (honeypot, signed start time).
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type RequiredDataFromCollectionSlug,
  ValidationError,
} from 'payload'

import { DatabaseUnavailableError, retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import { messagesOf } from '@/i18n/translate'
import { getServerEnv } from '@/lib/env'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/locales'

import { readAttribution } from './attribution'
import { allowSubmission, hashEmail, hashIp, type Limit, spamReason } from './spam'
import {
  cleanOneLine,
  fieldErrorsOf,
  type LeadActionState,
  type LeadField,
  leadSchema,
} from './schema'

export type SubmitContext = {
  ip: string
  userAgent: string
  now?: number
  /** Runs the queued emails right after the answer (Next's `after`); the queue retries anyway. */
  runSoon?: (task: () => Promise<void>) => void
}

export type SubmitResult = LeadActionState & { status: 200 | 400 | 429 | 503 }

/** The language of the form that was sent (its hidden field), English when it names none. */
function formLocale(input: Record<string, unknown>): Locale {
  const value = input.locale
  return isLocale(value) ? value : DEFAULT_LOCALE
}

export const tooManyKey = {
  address: 'tooManyAddress',
  recipient: 'tooManyRecipient',
  site: 'tooManySite',
} as const satisfies Record<Limit, string>

const formFields = Object.keys(leadSchema.shape) as LeadField[]

/** What was typed, to show again after an error (the consent box is ticked again by hand). */
export function textValues(input: Record<string, unknown>): Partial<Record<LeadField, string>> {
  const values: Partial<Record<LeadField, string>> = {}
  for (const key of formFields) {
    const raw = input[key]
    const value = Array.isArray(raw) ? raw[0] : raw
    if (key !== 'consent' && typeof value === 'string') values[key] = value.slice(0, 5000)
  }
  return values
}

/** A visible field sent twice is ambiguous: which one did the person mean? */
function repeatedFields(input: Record<string, unknown>, message: string) {
  const errors: Partial<Record<LeadField, string>> = {}
  for (const key of formFields) {
    if (Array.isArray(input[key])) errors[key] = message
  }
  return errors
}

/** Payload reports a unique-index clash as a ValidationError on that field. */
function isDuplicateKey(error: unknown) {
  return (
    error instanceof ValidationError &&
    error.data.errors.some((issue) => issue.path === 'idempotencyKey')
  )
}

/** How long a submission waits for a restarting database (a restart takes a second or two). */
const RESTART_WAIT_MS = 8_000

/** What the form says when the request could not be stored at all, in its language. */
export function failedMessage(input: Record<string, unknown>): string {
  return messagesOf(formLocale(input)).form.results.failed
}

/** The first allowance this submission exceeds (each is counted), or null. */
export async function firstLimitReached(payload: Payload, limits: [Limit, string][]) {
  for (const [limit, key] of limits) {
    if (!(await allowSubmission(payload, limit, key))) return limit
  }
  return null
}

type Stored = { kind: 'stored'; leadId: number; jobId?: number | string } | { kind: 'duplicate' }

/**
 * The lead and its email job, in one transaction: both are stored, or neither (a lead is never
 * left without the job that sends its emails). A request seen before (its idempotency key) is
 * stored once: a double click, or a retry after a commit whose answer was lost.
 */
async function storeLead(
  payload: Payload,
  data: RequiredDataFromCollectionSlug<'leads'>,
  sendEmails: boolean,
): Promise<Stored> {
  const key = data.idempotencyKey
  if (key) {
    const { totalDocs } = await payload.count({
      collection: 'leads',
      where: { idempotencyKey: { equals: key } },
    })
    if (totalDocs > 0) return { kind: 'duplicate' }
  }
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  await initTransaction(req)
  try {
    const lead = await payload.create({
      collection: 'leads',
      data,
      depth: 0,
      req,
      context: { disableRevalidate: true },
    })
    const job = sendEmails
      ? await payload.jobs.queue({ task: 'sendLeadEmails', input: { leadId: lead.id }, req })
      : undefined
    await commitTransaction(req)
    // Payload's commit does not report a COMMIT that failed (the connection died under it):
    // only a lead that can be read back is stored. Otherwise, try again (the key finds a lead
    // whose commit did go through after all).
    const { totalDocs } = await payload.count({
      collection: 'leads',
      where: { id: { equals: lead.id } },
    })
    if (totalDocs === 0) throw new DatabaseUnavailableError(new Error('commit not confirmed'))
    return { kind: 'stored', leadId: lead.id, jobId: job?.id }
  } catch (error) {
    await killTransaction(req)
    // The same submission twice at once (a double click): the first one is stored, that is enough.
    if (key && isDuplicateKey(error)) return { kind: 'duplicate' }
    throw error
  }
}

export async function submitLead(
  payload: Payload,
  input: Record<string, unknown>,
  context: SubmitContext,
): Promise<SubmitResult> {
  const now = context.now ?? Date.now()
  const locale = formLocale(input)
  const { errors: errorTexts, results } = messagesOf(locale).form
  const repeated = repeatedFields(input, errorTexts.repeated)
  const parsed = leadSchema.safeParse(
    Object.fromEntries(formFields.map((key) => [key, input[key]])),
  )
  if (!parsed.success || Object.keys(repeated).length > 0) {
    return {
      ok: false,
      status: 400,
      fieldErrors: {
        ...(parsed.success ? {} : fieldErrorsOf(parsed.error, errorTexts)),
        ...repeated,
      },
      message: results.checkFields,
      values: textValues(input),
    }
  }
  const env = getServerEnv()
  const { attribution, identity, notes } = readAttribution(input, env.SITE_URL)
  const secret = env.PAYLOAD_SECRET
  const lead = parsed.data
  const ipHash = hashIp(context.ip, secret)

  const limits: [Limit, string][] = [
    ['address', ipHash],
    ['recipient', hashEmail(lead.email, secret)],
    ['site', 'all'],
  ]
  const spam = spamReason(identity, now, secret)
  const data = {
    ...lead,
    telegram: lead.preferredContact === 'telegram' ? lead.telegram : undefined,
    language: locale,
    status: spam ? ('spam' as const) : ('new' as const),
    spamReason: spam ?? undefined,
    ...attribution,
    attributionNotes: notes.length > 0 ? notes.join('; ').slice(0, 1000) : undefined,
    ipHash,
    userAgent: cleanOneLine(context.userAgent).slice(0, 500),
    consentAt: new Date(now).toISOString(),
    idempotencyKey: identity.idempotencyKey,
    ownerEmail: { state: spam ? ('skipped' as const) : ('pending' as const), attempts: 0 },
    confirmationEmail: { state: spam ? ('skipped' as const) : ('pending' as const), attempts: 0 },
  }

  let stored: Stored
  try {
    // Through a database restart, each step is tried again for a few seconds.
    const limited = await retryWhileDatabaseUnavailable(
      () => firstLimitReached(payload, limits),
      RESTART_WAIT_MS,
    )
    if (limited) {
      return {
        ok: false,
        status: 429,
        message: results[tooManyKey[limited]],
        values: textValues(input),
      }
    }
    stored = await retryWhileDatabaseUnavailable(
      () => storeLead(payload, data, !spam),
      RESTART_WAIT_MS,
    )
  } catch (error) {
    // Not stored: the prospect keeps the form with their text, and is asked to send it again.
    payload.logger.error(`A consultation request could not be stored: ${String(error)}`)
    return {
      ok: false,
      status: 503,
      message: error instanceof DatabaseUnavailableError ? results.unavailable : results.failed,
      values: textValues(input),
    }
  }
  if (stored.kind === 'duplicate') return { ok: true, status: 200, message: results.success }

  // A bot gets the same friendly answer, and no email goes anywhere.
  if (!stored.jobId) return { ok: true, status: 200, message: results.success }

  const { leadId, jobId } = stored
  context.runSoon?.(async () => {
    // Not runByID: that takes the job even while the queue's runner has it (the emails' own
    // claim would still keep each one single, see emails.ts).
    await payload.jobs
      .run({ where: { id: { equals: jobId } }, limit: 1 })
      .catch((error: unknown) => {
        // The queue's own runner takes the job up again; this only costs the instant delivery.
        payload.logger.warn(`Sending the emails of lead ${leadId} now failed: ${String(error)}`)
      })
  })
  return { ok: true, status: 200, message: results.success }
}
