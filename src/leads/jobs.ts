import type { TaskConfig } from 'payload'

import { getServerEnv } from '@/lib/env'

import { type LeadForEmail, ownerNotification, prospectConfirmation } from './emails'

export const EMAIL_ATTEMPTS = 5

const fieldOf = { owner: 'ownerEmail', confirmation: 'confirmationEmail' } as const
type Kind = keyof typeof fieldOf

/**
 * Sends one email of a lead. A failure throws, and the jobs queue tries again with exponential
 * backoff (5 attempts: 1, 2, 4, 8, 16 × the first delay). The lead records every attempt.
 */
export const sendLeadEmailTask: TaskConfig<'sendLeadEmail'> = {
  slug: 'sendLeadEmail',
  label: 'Send a lead email',
  inputSchema: [
    { name: 'leadId', type: 'number', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['owner', 'confirmation'],
    },
  ],
  retries: {
    attempts: EMAIL_ATTEMPTS - 1,
    backoff: { type: 'exponential', delay: getServerEnv().EMAIL_RETRY_DELAY_MS },
  },
  handler: async ({ input, req }) => {
    const { payload } = req
    const kind = input.kind as Kind
    const field = fieldOf[kind]
    const lead = await payload.findByID({ collection: 'leads', id: input.leadId, depth: 0 })
    const state = lead[field]
    if (state?.state === 'sent') return { output: {} }

    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const data = lead as unknown as LeadForEmail
    const email =
      kind === 'owner'
        ? ownerNotification(data, settings.contactEmail, settings.siteName)
        : prospectConfirmation(data, settings.ownerName, settings.siteName)
    const attempts = (state?.attempts ?? 0) + 1

    // Recorded outside the job's transaction, so a failed attempt is kept when the task throws.
    const record = (update: Record<string, unknown>) =>
      payload.update({
        collection: 'leads',
        id: lead.id,
        data: { [field]: { ...state, attempts, ...update } },
        depth: 0,
        context: { disableRevalidate: true },
      })
    try {
      await payload.sendEmail({
        to: email.to,
        replyTo: email.replyTo,
        subject: email.subject,
        text: email.text,
        html: email.html,
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await record({ state: attempts >= EMAIL_ATTEMPTS ? 'failed' : 'pending', lastError: message })
      throw error
    }
    await record({ state: 'sent', lastError: null, sentAt: new Date().toISOString() })
    return { output: {} }
  },
}
