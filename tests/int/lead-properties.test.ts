/**
 * Thousands of generated submissions thrown at the lead pipeline (fast-check), on a real
 * PostgreSQL: whatever arrives, no exception escapes, the answer is a 200 or a 4xx, a lead is
 * stored exactly when the form is valid, and nothing stored carries a NUL, another control
 * character or a bidi override.
 */
import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { leadSchema } from '@/leads/schema'
import { formToken } from '@/leads/spam'
import { submitLead } from '@/leads/submit'

import { testPayload } from '../helpers/payload'
import { TEST_PAYLOAD_SECRET } from '../helpers/test-database'

let payload: Payload

beforeAll(async () => {
  process.env.SMTP_URL = ''
  process.env.LEADS_RATE_LIMIT = '1000000'
  process.env.LEADS_RATE_LIMIT_PER_EMAIL = '1000000'
  process.env.LEADS_RATE_LIMIT_GLOBAL = '1000000'
  payload = await testPayload()
})

const nasty = fc.constantFrom(
  '\u0000',
  '\r\n',
  '\n',
  '\r',
  '\t',
  '\u202E',
  '\u2066',
  '\u200F',
  '\u2028',
  '\uD800',
  '\uDC00',
  '\uFFFD',
  '\u0085',
  '\u001b[31m',
  '<script>',
  "'; drop table leads; --",
  '{{7*7}}',
  '👩‍💻',
  'ü',
  ' ',
)

/** Text with the characters that break things mixed in. */
const text = (maxLength: number) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), nasty), {
      maxLength: maxLength / 20,
    })
    .map((parts) => parts.join(''))

const anyValue = fc.oneof(
  { weight: 6, arbitrary: text(400) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.array(text(40), { minLength: 2, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 5001, maxLength: 7000 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.object()) },
)

/** A valid request, then some of its fields replaced by hostile values. */
const submission = fc
  .record({
    name: fc.constantFrom('Ana García', 'Eve', 'Олег Петров', 'محمد'),
    email: fc.constantFrom('ana@example.com', 'eve+tag@example.org', 'oleg@example.ru'),
    company: fc.constantFrom('Acme', '', 'Ünïcödé GmbH'),
    projectType: fc.constantFrom('new-product', 'existing-system', 'consultation', 'other'),
    budget: fc.constantFrom('', 'under-5k', 'over-50k'),
    message: fc.constantFrom(
      'We need a Django backend for our marketplace, launching in spring.',
      'Нужен бэкенд на FastAPI для нашего сервиса, запуск весной.',
    ),
    preferredContact: fc.constant('email'),
    consent: fc.constantFrom('on', 'true'),
    sourcePage: fc.constantFrom('/articles/django-vs-fastapi', '/'),
    utmSource: fc.constantFrom('newsletter', ''),
    utmCampaign: fc.constantFrom('autumn', ''),
  })
  .chain((base) =>
    fc
      .dictionary(
        fc.constantFrom(
          ...Object.keys(base),
          'telegram',
          'utmMedium',
          'utmTerm',
          'utmContent',
          'website',
          'formToken',
          'idempotencyKey',
          '__proto__',
          'constructor',
          '$ACTION_ID_x',
        ),
        anyValue,
        { maxKeys: 4 },
      )
      .map((changes) => ({ ...base, ...changes })),
  )

/** What the schema (and the one-field-once rule) says about the visible fields. */
function isValid(input: Record<string, unknown>) {
  const fields = Object.keys(leadSchema.shape)
  if (fields.some((field) => Array.isArray(input[field]))) return false
  return leadSchema.safeParse(Object.fromEntries(fields.map((f) => [f, input[f]]))).success
}

describe('the lead pipeline under generated input', () => {
  it('never throws, answers 200 or 4xx, and stores a lead exactly when the input is valid', async () => {
    let runs = 0
    let stored = 0
    await fc.assert(
      fc.asyncProperty(submission, async (generated) => {
        runs++
        const idempotencyKey = crypto.randomUUID()
        const input: Record<string, unknown> = {
          formToken: formToken(Date.now() - 10_000, TEST_PAYLOAD_SECRET),
          ...generated,
          idempotencyKey,
        }
        const result = await submitLead(payload, input, {
          ip: `198.18.${runs % 250}.${runs % 200}`,
          userAgent: 'fast-check',
        })
        expect([200, 400, 429]).toContain(result.status)
        const { totalDocs } = await payload.count({
          collection: 'leads',
          where: { idempotencyKey: { equals: idempotencyKey } },
        })
        expect(totalDocs).toBe(isValid(input) ? 1 : 0)
        expect(result.ok).toBe(isValid(input))
        stored += totalDocs
      }),
      { numRuns: 2000 },
    )
    expect(runs).toBe(2000)
    // Both branches were really exercised.
    expect(stored).toBeGreaterThan(100)
    expect(stored).toBeLessThan(runs)
  }, 300_000)

  it('nothing stored holds a NUL, a control character or a bidi override', async () => {
    const result = await payload.db.drizzle.execute(sql`
      select count(*)::int as bad from leads
       where concat_ws(' ', name, email, company, telegram, source_page, utm_source, utm_medium,
                       utm_campaign, utm_term, utm_content, attribution_notes)
             ~ '[\\x01-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]'
          or message ~ '[\\x01-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]'`)
    const [{ bad }] = (result as unknown as { rows: { bad: number }[] }).rows
    expect(bad).toBe(0)
    expect((await payload.count({ collection: 'leads' })).totalDocs).toBeGreaterThan(100)
  })
})
