import type { TaskConfig } from 'payload'

import { getServerEnv } from '@/lib/env'

import { type LeadForEmail, ownerNotification, prospectConfirmation } from './emails'

export const EMAIL_ATTEMPTS = 5

const fieldOf = { owner: 'ownerEmail', confirmation: 'confirmationEmail' } as const
type Kind = keyof typeof fieldOf

/**
 * Sends the emails of a lead that are not sent yet: the owner's notification, then the prospect's
 * confirmation (one after the other, so their delivery records never overwrite each other). A
 * failure throws, and the jobs queue tries again with exponential backoff (5 attempts in all:
 * after 1, 2, 4 and 8 times the first delay); an email already sent is never sent twice.
 */
export const sendLeadEmailsTask: TaskConfig<'sendLeadEmails'> = {
  slug: 'sendLeadEmails',
  label: 'Send the emails of a lead',
  inputSchema: [{ name: 'leadId', type: 'number', required: true }],
  retries: {
    attempts: EMAIL_ATTEMPTS - 1,
    backoff: { type: 'exponential', delay: getServerEnv().EMAIL_RETRY_DELAY_MS },
  },
  handler: async ({ input, req }) => {
    const { payload } = req
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const failures: string[] = []
    for (const kind of Object.keys(fieldOf) as Kind[]) {
      const field = fieldOf[kind]
      const lead = await payload.findByID({ collection: 'leads', id: input.leadId, depth: 0 })
      const state = lead[field]
      if (state?.state === 'sent' || state?.state === 'skipped') continue
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
        await record({ state: 'sent', lastError: null, sentAt: new Date().toISOString() })
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        await record({
          state: attempts >= EMAIL_ATTEMPTS ? 'failed' : 'pending',
          lastError: message,
        })
        failures.push(`${kind}: ${message}`)
      }
    }
    if (failures.length > 0) throw new Error(`Could not send: ${failures.join('; ')}`)
    return { output: {} }
  },
}
