/**
 * The lead pipeline, independent of Next: validate → rate limits → commit the lead → queue its
 * two emails → answer. Nothing slow (SMTP) runs before the answer.
 *
 * `input` is the form as sent: a field sent more than once arrives as an array. The visible
 * fields must come once each; the hidden ones (attribution, form identity) are read one by one
 * (attribution.ts), so that a bad campaign tag never costs a lead. Spam is decided by the
 * anti-spam signals alone (honeypot, signed start time).
 */
import { type Payload, ValidationError } from 'payload'

import { getServerEnv } from '@/lib/env'

import { readAttribution } from './attribution'
import { cleanOneLine } from './clean-text'
import { allowSubmission, hashEmail, hashIp, type Limit, spamReason } from './spam'
import { fieldErrorsOf, type LeadActionState, type LeadField, leadSchema } from './schema'

export type SubmitContext = {
  ip: string
  userAgent: string
  now?: number
  /** Runs the queued emails right after the answer (Next's `after`); the queue retries anyway. */
  runSoon?: (task: () => Promise<void>) => void
}

export type SubmitResult = LeadActionState & { status: 200 | 400 | 429 }

export const SUCCESS =
  'Thank you! Your request is in. I will reply within one business day; check your inbox for the confirmation.'

const TOO_MANY: Record<Limit, string> = {
  address:
    'Too many requests from your connection. Please wait ten minutes and try again, or write to me by email.',
  recipient:
    'Several requests for this email address arrived in the last hour. Please wait an hour and try again, or write to me by email.',
  site: 'The form is receiving unusually many requests right now. Please try again in a few minutes, or write to me by email.',
}

const formFields = Object.keys(leadSchema.shape) as LeadField[]

/** What was typed, to show again after an error (the consent box is ticked again by hand). */
function textValues(input: Record<string, unknown>): Partial<Record<LeadField, string>> {
  const values: Partial<Record<LeadField, string>> = {}
  for (const key of formFields) {
    const raw = input[key]
    const value = Array.isArray(raw) ? raw[0] : raw
    if (key !== 'consent' && typeof value === 'string') values[key] = value.slice(0, 5000)
  }
  return values
}

/** A visible field sent twice is ambiguous: which one did the person mean? */
function repeatedFields(input: Record<string, unknown>) {
  const errors: Partial<Record<LeadField, string>> = {}
  for (const key of formFields) {
    if (Array.isArray(input[key]))
      errors[key] = 'This field was sent more than once; please send it again'
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

export async function submitLead(
  payload: Payload,
  input: Record<string, unknown>,
  context: SubmitContext,
): Promise<SubmitResult> {
  const now = context.now ?? Date.now()
  const repeated = repeatedFields(input)
  const parsed = leadSchema.safeParse(
    Object.fromEntries(formFields.map((key) => [key, input[key]])),
  )
  if (!parsed.success || Object.keys(repeated).length > 0) {
    return {
      ok: false,
      status: 400,
      fieldErrors: { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...repeated },
      message: 'Please check the highlighted fields.',
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
  for (const [limit, key] of limits) {
    if (!(await allowSubmission(payload, limit, key))) {
      return { ok: false, status: 429, message: TOO_MANY[limit], values: textValues(input) }
    }
  }

  if (identity.idempotencyKey) {
    const { totalDocs } = await payload.count({
      collection: 'leads',
      where: { idempotencyKey: { equals: identity.idempotencyKey } },
    })
    if (totalDocs > 0) return { ok: true, status: 200, message: SUCCESS }
  }

  const spam = spamReason(identity, now, secret)
  let created
  try {
    created = await payload.create({
      collection: 'leads',
      data: {
        ...lead,
        telegram: lead.preferredContact === 'telegram' ? lead.telegram : undefined,
        status: spam ? 'spam' : 'new',
        spamReason: spam ?? undefined,
        ...attribution,
        attributionNotes: notes.length > 0 ? notes.join('; ').slice(0, 1000) : undefined,
        ipHash,
        userAgent: cleanOneLine(context.userAgent).slice(0, 500),
        consentAt: new Date(now).toISOString(),
        idempotencyKey: identity.idempotencyKey,
        ownerEmail: { state: spam ? 'skipped' : 'pending', attempts: 0 },
        confirmationEmail: { state: spam ? 'skipped' : 'pending', attempts: 0 },
      },
      depth: 0,
      context: { disableRevalidate: true },
    })
  } catch (error) {
    // The same submission twice at once (a double click): the first one is stored, that is enough.
    if (identity.idempotencyKey && isDuplicateKey(error))
      return { ok: true, status: 200, message: SUCCESS }
    throw error
  }

  // A bot gets the same friendly answer, and no email goes anywhere.
  if (spam) return { ok: true, status: 200, message: SUCCESS }

  const job = await payload.jobs.queue({ task: 'sendLeadEmails', input: { leadId: created.id } })
  context.runSoon?.(async () => {
    // Not runByID: that takes the job even while the queue's runner has it (the emails' own
    // claim would still keep each one single, see jobs.ts).
    await payload.jobs
      .run({ where: { id: { equals: job.id } }, limit: 1 })
      .catch((error: unknown) => {
        // The queue's own runner takes the job up again; this only costs the instant delivery.
        payload.logger.warn(`Sending the emails of lead ${created.id} now failed: ${String(error)}`)
      })
  })
  return { ok: true, status: 200, message: SUCCESS }
}
