/**
 * The lead pipeline, independent of Next: validate → spam checks → rate limit → commit the lead
 * → queue its two emails → answer. Nothing slow (SMTP) runs before the answer.
 */
import type { Payload } from 'payload'

import { getServerEnv } from '@/lib/env'

import { allowSubmission, hashIp, spamReason } from './spam'
import {
  fieldErrorsOf,
  type LeadActionState,
  type LeadField,
  leadMetaSchema,
  leadSchema,
} from './schema'

export type SubmitContext = {
  ip: string
  userAgent: string
  now?: number
  /** Runs the queued emails right after the answer (Next's `after`); the queue retries anyway. */
  runSoon?: (task: () => Promise<void>) => void
}

export type SubmitResult = LeadActionState & { status: 200 | 400 | 429 }

const SUCCESS =
  'Thank you! Your request is in. I will reply within one business day; check your inbox for the confirmation.'

/** What was typed, to show again after an error (the consent box is ticked again by hand). */
function textValues(input: Record<string, unknown>): Partial<Record<LeadField, string>> {
  const values: Partial<Record<LeadField, string>> = {}
  for (const key of Object.keys(leadSchema.shape) as LeadField[]) {
    const value = input[key]
    if (key !== 'consent' && typeof value === 'string') values[key] = value.slice(0, 5000)
  }
  return values
}

/** Payload reports a unique-index clash as a validation error on that field. */
function isDuplicateKey(error: unknown) {
  const text = `${(error as { message?: string })?.message ?? ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`
  return /idempotencyKey/.test(text)
}

export async function submitLead(
  payload: Payload,
  input: Record<string, unknown>,
  context: SubmitContext,
): Promise<SubmitResult> {
  const now = context.now ?? Date.now()
  const parsed = leadSchema.safeParse(input)
  if (!parsed.success) {
    return {
      ok: false,
      status: 400,
      fieldErrors: fieldErrorsOf(parsed.error),
      message: 'Please check the highlighted fields.',
      values: textValues(input),
    }
  }
  const meta = leadMetaSchema.safeParse(input)
  const extra = meta.success ? meta.data : {}
  const secret = getServerEnv().PAYLOAD_SECRET
  const ipHash = hashIp(context.ip, secret)

  if (!(await allowSubmission(payload, ipHash))) {
    return {
      ok: false,
      status: 429,
      message:
        'Too many requests from your connection. Please wait ten minutes and try again, or write to me by email.',
      values: textValues(input),
    }
  }

  if (extra.idempotencyKey) {
    const { totalDocs } = await payload.count({
      collection: 'leads',
      where: { idempotencyKey: { equals: extra.idempotencyKey } },
    })
    if (totalDocs > 0) return { ok: true, status: 200, message: SUCCESS }
  }

  const spam = spamReason({ website: extra.website, formToken: extra.formToken }, now, secret)
  const lead = parsed.data
  let created
  try {
    created = await payload.create({
      collection: 'leads',
      data: {
        ...lead,
        telegram: lead.preferredContact === 'telegram' ? lead.telegram : undefined,
        status: spam ? 'spam' : 'new',
        spamReason: spam ?? undefined,
        sourcePage: extra.sourcePage,
        utmSource: extra.utmSource,
        utmMedium: extra.utmMedium,
        utmCampaign: extra.utmCampaign,
        utmTerm: extra.utmTerm,
        utmContent: extra.utmContent,
        ipHash,
        userAgent: context.userAgent.slice(0, 500),
        consentAt: new Date(now).toISOString(),
        idempotencyKey: extra.idempotencyKey,
        ownerEmail: { state: spam ? 'skipped' : 'pending', attempts: 0 },
        confirmationEmail: { state: spam ? 'skipped' : 'pending', attempts: 0 },
      },
      depth: 0,
      context: { disableRevalidate: true },
    })
  } catch (error) {
    // The same submission twice at once (a double click): the first one is stored, that is enough.
    if (extra.idempotencyKey && isDuplicateKey(error))
      return { ok: true, status: 200, message: SUCCESS }
    throw error
  }

  // A bot gets the same friendly answer, and no email goes anywhere.
  if (spam) return { ok: true, status: 200, message: SUCCESS }

  const job = await payload.jobs.queue({ task: 'sendLeadEmails', input: { leadId: created.id } })
  context.runSoon?.(async () => {
    await payload.jobs.runByID({ id: job.id }).catch(() => {})
  })
  return { ok: true, status: 200, message: SUCCESS }
}
