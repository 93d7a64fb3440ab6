/**
 * What the integration files that send mail share: a real SMTP sink the app is pointed at before
 * Payload loads, site settings with a known owner address, and a way to run the queue dry.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach } from 'vitest'

import { SmtpSink } from '../../scripts/lib/smtp-sink'

import { testPayload } from './payload'

export const OWNER = 'owner-inbox@example.com'

/**
 * Registers the file's hooks: the sink starts (and empties before each test), the app's
 * configuration is set (`env` on top of SMTP_URL and an instant retry), Payload loads and gets
 * the settings. Returns the sink and a getter for the Payload instance.
 */
export function setUpMailSite(env: Record<string, string> = {}) {
  const sink = new SmtpSink()
  let payload: Payload | undefined
  beforeAll(async () => {
    await sink.start()
    Object.assign(process.env, { SMTP_URL: sink.url, EMAIL_RETRY_DELAY_MS: '0', ...env })
    payload = await testPayload()
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteName: 'Test site',
        ownerName: 'Pau Serrat',
        contactEmail: OWNER,
        cta: { heading: 'Talk', buttonLabel: 'Go', link: '/contact' },
      },
      context: { disableRevalidate: true },
    })
  })
  afterAll(async () => {
    await sink.stop()
  })
  beforeEach(() => {
    sink.messages.length = 0
  })
  return {
    sink,
    payload: () => {
      if (!payload) throw new Error('Payload is not loaded yet (use it inside a test or hook).')
      return payload
    },
  }
}

/** Runs queued jobs until none is left (retries included, when their delay is 0). */
export async function runAllJobs(payload: Payload) {
  for (let i = 0; i < 20; i++) {
    const result = await payload.jobs.run({ limit: 500 })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}
