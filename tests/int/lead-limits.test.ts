/**
 * The site-wide ceiling on submissions (LEADS_RATE_LIMIT_GLOBAL): a botnet with endless
 * addresses and recipients still cannot make the site send more than this.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formToken } from '@/leads/spam'
import { submitLead } from '@/leads/submit'

import { testPayload } from '../helpers/payload'
import { TEST_PAYLOAD_SECRET } from '../helpers/test-database'

let payload: Payload

beforeAll(async () => {
  process.env.SMTP_URL = ''
  process.env.LEADS_RATE_LIMIT_GLOBAL = '4'
  payload = await testPayload()
})

describe('the site-wide limit', () => {
  it('answers 429 once the hour is used up, whoever asks for whom', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const result = await submitLead(
        payload,
        {
          name: 'Bot',
          email: `bot-${crypto.randomUUID()}@example.com`,
          projectType: 'other',
          message: 'Generated text that is long enough to pass the check.',
          preferredContact: 'email',
          consent: 'on',
          formToken: formToken(Date.now() - 10_000, TEST_PAYLOAD_SECRET),
        },
        { ip: `203.0.113.${i + 1}`, userAgent: 'vitest' },
      )
      statuses.push(result.status)
      if (result.status === 429) expect(result.message).toMatch(/unusually many/)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    expect((await payload.count({ collection: 'leads' })).totalDocs).toBe(4)
  })
})
