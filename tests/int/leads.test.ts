/**
 * The lead pipeline end to end: a real PostgreSQL, the real jobs queue, nodemailer talking SMTP to
 * a real server on 127.0.0.1.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formToken } from '@/leads/spam'
import { submitLead } from '@/leads/submit'

import { OWNER, runAllJobs as runQueue, setUpMailSite } from '../helpers/mail-site'
import { TEST_PAYLOAD_SECRET } from '../helpers/test-database'
import { createUser } from '../helpers/users'

// The per-recipient and site-wide limits have tests of their own (lead-hardening, lead-limits).
const site = setUpMailSite({
  MAIL_FROM: 'Pau Serrat <no-reply@pauserrat.example>',
  LEADS_RATE_LIMIT_PER_EMAIL: '1000',
  LEADS_RATE_LIMIT_GLOBAL: '100000',
})
const { sink } = site
let payload: Payload
let ipCounter = 0

beforeAll(() => {
  payload = site.payload()
})

function valid(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Ana García',
    email: 'ana@example.com',
    company: 'Acme',
    projectType: 'new-product',
    budget: '5k-15k',
    message: 'We need a Django backend for our marketplace, launching in spring.',
    preferredContact: 'email',
    consent: 'on',
    idempotencyKey: crypto.randomUUID(),
    formToken: formToken(Date.now() - 10_000, TEST_PAYLOAD_SECRET),
    sourcePage: '/articles/django-vs-fastapi',
    utmSource: 'newsletter',
    utmCampaign: 'autumn',
    ...overrides,
  }
}

const submit = (input: Record<string, unknown>, ip = `10.0.0.${++ipCounter}`) =>
  submitLead(payload, input, { ip, userAgent: 'vitest' })

const leadsWithEmail = (email: string) =>
  payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })

const runAllJobs = () => runQueue(payload)

describe('a valid consultation request', () => {
  it('is stored, and both emails arrive with the right addresses, subject and escaped body', async () => {
    const email = 'ana.valid@example.com'
    const result = await submit(
      valid({ email, message: 'Hello <script>alert(1)</script> we need help with a Django API.' }),
      '203.0.113.9',
    )
    expect(result).toMatchObject({ ok: true, status: 200 })
    expect(result.message).toMatch(/one business day/)

    const { docs } = await leadsWithEmail(email)
    expect(docs).toHaveLength(1)
    const lead = docs[0]
    expect(lead).toMatchObject({
      status: 'new',
      sourcePage: '/articles/django-vs-fastapi',
      utmSource: 'newsletter',
      utmCampaign: 'autumn',
    })
    expect(lead.ipHash).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.stringify(lead)).not.toContain('203.0.113.9')
    expect(lead.ownerEmail?.state).toBe('pending')

    await runAllJobs()
    const messages = await sink.waitFor(2)
    expect(messages).toHaveLength(2)
    const owner = messages.find((m) => m.subject?.startsWith('New consultation request'))!
    expect(owner.subject).toBe('New consultation request from Ana García')
    expect(owner.to).toMatchObject({ value: [{ address: OWNER }] })
    expect(owner.replyTo).toMatchObject({ value: [{ address: email }] })
    expect(owner.from).toMatchObject({ value: [{ address: 'no-reply@pauserrat.example' }] })
    expect(owner.text).toContain('/articles/django-vs-fastapi')
    expect(owner.text).toContain('source=newsletter')
    expect(owner.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(owner.html).not.toContain('<script>')

    const confirmation = messages.find((m) => m !== owner)!
    expect(confirmation.to).toMatchObject({ value: [{ address: email }] })
    expect(confirmation.from).toMatchObject({ value: [{ address: 'no-reply@pauserrat.example' }] })
    // Answering the confirmation reaches the owner, not no-reply.
    expect(confirmation.replyTo).toMatchObject({ value: [{ address: OWNER }] })
    expect(confirmation.subject).toBe('Your consultation request on Test site')
    expect(confirmation.text).toMatch(/one business day/)
    expect(confirmation.text).not.toContain('Django API')

    const after = await payload.findByID({ collection: 'leads', id: lead.id })
    expect(after.ownerEmail).toMatchObject({ state: 'sent', attempts: 1 })
    expect(after.confirmationEmail?.state).toBe('sent')
    expect(after.confirmationEmail?.sentAt).toBeTruthy()
  })
})

describe('a request in Spanish or Russian', () => {
  it('is answered, stored and confirmed in its language; the owner hears in theirs', async () => {
    const email = 'lucia.es@example.com'
    const invalid = await submit(valid({ email: 'no es correo', locale: 'es' }), '203.0.113.30')
    expect(invalid).toMatchObject({ ok: false, status: 400 })
    expect(invalid.message).toBe('Revisa los campos marcados.')
    expect(invalid.fieldErrors?.email).toMatch(/correo electrónico válido/)

    const result = await submit(valid({ email, name: 'Lucía', locale: 'es' }), '203.0.113.31')
    expect(result).toMatchObject({ ok: true, status: 200 })
    expect(result.message).toMatch(/^¡Gracias!/)
    const { docs } = await leadsWithEmail(email)
    expect(docs[0].language).toBe('es')

    await runAllJobs()
    const messages = await sink.waitFor(2)
    const confirmation = messages.find((m) => JSON.stringify(m.to).includes(email))!
    expect(confirmation.subject).toBe('Tu solicitud de consulta en Test site')
    expect(confirmation.text).toMatch(/^Hola, Lucía:/)
    expect(confirmation.text).toContain('un día laborable')
    // The owner's notification stays in the owner's language, and says which one the prospect used.
    const owner = messages.find((m) => m !== confirmation)!
    expect(owner.subject).toBe('New consultation request from Lucía')
    expect(owner.text).toContain('Wrote in: Spanish (español)')
    expect(owner.text).toContain('Project type: New product')
  })

  it('tells the owner in Russian when that is their language', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { ownerLanguage: 'ru' },
      context: { disableRevalidate: true },
    })
    try {
      const email = 'ivan.ru@example.com'
      await submit(valid({ email, name: 'Иван', locale: 'ru' }), '203.0.113.32')
      await runAllJobs()
      const messages = await sink.waitFor(2)
      const owner = messages.find((m) => JSON.stringify(m.to).includes(OWNER))!
      expect(owner.subject).toBe('Новый запрос на консультацию от Иван')
      expect(owner.text).toContain('Язык запроса: русский (русский)')
      expect(owner.text).toContain('Тип проекта: Новый продукт')
      const confirmation = messages.find((m) => m !== owner)!
      expect(confirmation.subject).toBe('Ваш запрос на консультацию на сайте Test site')
    } finally {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { ownerLanguage: 'en' },
        context: { disableRevalidate: true },
      })
    }
  })

  it('treats an odd language field as English, and never loses the lead for it', async () => {
    const email = 'odd.locale@example.com'
    const result = await submit(valid({ email, locale: ['es', 'ru'] }), '203.0.113.33')
    expect(result).toMatchObject({ ok: true, status: 200 })
    expect(result.message).toMatch(/^Thank you!/)
    expect((await leadsWithEmail(email)).docs[0].language).toBe('en')
  })
})

describe('addresses', () => {
  it("are stored in lower case, so one person's requests are found together", async () => {
    const result = await submit(valid({ email: 'Dana.Mixed@Example.COM' }))
    expect(result.ok).toBe(true)
    expect((await leadsWithEmail('dana.mixed@example.com')).totalDocs).toBe(1)
    await runAllJobs()
  })
})

describe('invalid input', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['name', { name: '' }],
    ['email', { email: 'not-an-email' }],
    ['projectType', { projectType: 'world-domination' }],
    ['message', { message: 'Too short' }],
    ['message', { message: 'x'.repeat(5001) }],
    ['preferredContact', { preferredContact: 'pigeon' }],
    ['telegram', { preferredContact: 'telegram', telegram: '' }],
    ['telegram', { preferredContact: 'telegram', telegram: 'no spaces allowed' }],
    ['consent', { consent: undefined }],
    ['name', { name: 'Ana\r\nBcc: victim@example.com' }],
    ['email', { email: 'ana@example.com\r\nBcc: victim@example.com' }],
    ['company', { company: 'Acme\nX-Injected: yes' }],
  ]
  for (const [field, change] of cases) {
    it(`${field}: ${JSON.stringify(change).slice(0, 60)} gives a field error and stores nothing`, async () => {
      const email = `invalid-${crypto.randomUUID()}@example.com`
      const result = await submit(valid({ email: change.email ?? email, ...change }))
      expect(result.ok).toBe(false)
      expect(result.status).toBe(400)
      expect(result.fieldErrors?.[field as 'name']).toBeTruthy()
      expect((await leadsWithEmail(email)).totalDocs).toBe(0)
    })
  }

  it('keeps what was typed, to show it again', async () => {
    const result = await submit(valid({ message: 'Short' }))
    expect(result.values).toMatchObject({ name: 'Ana García', message: 'Short' })
  })
})

describe('spam and abuse', () => {
  it('a filled honeypot looks like success, is stored as spam, and sends nothing', async () => {
    const email = 'bot.honeypot@example.com'
    const result = await submit(valid({ email, website: 'http://spam.example' }))
    expect(result).toMatchObject({ ok: true, status: 200 })
    const lead = (await leadsWithEmail(email)).docs[0]
    expect(lead.status).toBe('spam')
    expect(lead.ownerEmail?.state).toBe('skipped')
    await runAllJobs()
    expect(sink.messages).toHaveLength(0)
  })

  it('a form sent too fast, or without its signed start time, is spam', async () => {
    await submit(
      valid({
        email: 'bot.fast@example.com',
        formToken: formToken(Date.now(), TEST_PAYLOAD_SECRET),
      }),
    )
    await submit(
      valid({ email: 'bot.forged@example.com', formToken: `${Date.now() - 60_000}.forged` }),
    )
    expect((await leadsWithEmail('bot.fast@example.com')).docs[0].status).toBe('spam')
    expect((await leadsWithEmail('bot.forged@example.com')).docs[0].status).toBe('spam')
  })

  it('allows 5 requests per 10 minutes from one address, then answers 429', async () => {
    const ip = '198.51.100.77'
    for (let i = 0; i < 5; i++) {
      expect((await submit(valid({ email: `rate-${i}@example.com` }), ip)).status).toBe(200)
    }
    const blocked = await submit(valid({ email: 'rate-6@example.com' }), ip)
    expect(blocked).toMatchObject({ ok: false, status: 429 })
    expect(blocked.message).toMatch(/too many/i)
    expect((await leadsWithEmail('rate-6@example.com')).totalDocs).toBe(0)
    expect((await submit(valid({ email: 'other-ip@example.com' }), '198.51.100.78')).status).toBe(
      200,
    )
  })

  it('the same submission twice (double click, retry) is stored once', async () => {
    const input = valid({ email: 'twice@example.com' })
    const [first, second] = await Promise.all([submit(input), submit(input)])
    expect(first.ok && second.ok).toBe(true)
    expect(await submit(input)).toMatchObject({ ok: true })
    expect((await leadsWithEmail('twice@example.com')).totalDocs).toBe(1)
  })
})

describe('an SMTP outage', () => {
  it('keeps the lead with pending emails, and delivers both once SMTP is back, once each', async () => {
    const port = sink.port
    await sink.stop()
    const email = 'outage@example.com'
    expect((await submit(valid({ email }))).ok).toBe(true)
    await payload.jobs.run({ limit: 100 })

    const during = (await leadsWithEmail(email)).docs[0]
    expect(during.ownerEmail).toMatchObject({ state: 'pending', attempts: 1 })
    expect(during.ownerEmail?.lastError).toMatch(/ECONNREFUSED|connect/i)

    await sink.start(port)
    await runAllJobs()
    await sink.waitFor(2)
    const forThisLead = () =>
      sink.messages.filter((m) => JSON.stringify([m.to, m.replyTo]).includes(email))
    expect(
      forThisLead()
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      'New consultation request from Ana García',
      'Your consultation request on Test site',
    ])
    const after = (await leadsWithEmail(email)).docs[0]
    expect(after.ownerEmail).toMatchObject({ state: 'sent', attempts: 2 })
    expect(after.confirmationEmail?.state).toBe('sent')
    await runAllJobs()
    expect(forThisLead()).toHaveLength(2)
  })
})

describe('access', () => {
  it('nobody anonymous can read, create, update or delete leads', async () => {
    const lead = (await leadsWithEmail('ana.valid@example.com')).docs[0]
    await expect(payload.find({ collection: 'leads', overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(
      payload.create({
        collection: 'leads',
        data: { ...lead, id: undefined } as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({
        collection: 'leads',
        id: lead.id,
        data: { status: 'won' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.delete({ collection: 'leads', id: lead.id, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('an editor cannot read leads; an admin can', async () => {
    const admin = await createUser(payload, 'admin')
    const editor = await createUser(payload, 'editor')
    await expect(
      payload.find({ collection: 'leads', overrideAccess: false, user: editor }),
    ).rejects.toThrow(/not allowed/i)
    const visible = await payload.find({ collection: 'leads', overrideAccess: false, user: admin })
    expect(visible.totalDocs).toBeGreaterThan(0)
  })
})

describe('load', () => {
  it('200 concurrent submissions: 200 leads, 400 emails, no errors', async () => {
    const before = (await payload.count({ collection: 'leads' })).totalDocs
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submit(valid({ email: `load-${i}@example.com` }), `192.0.2.${i % 250}.${i}`),
      ),
    )
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect((await payload.count({ collection: 'leads' })).totalDocs - before).toBe(200)
    await runAllJobs()
    const messages = await sink.waitFor(400, 60_000)
    expect(messages).toHaveLength(400)
  }, 180_000)
})
