/**
 * The lead pipeline against hostile and unlucky input, on a real PostgreSQL and a real SMTP
 * server: attribution never costs a lead, control and bidi characters never reach the database
 * or a subject line, one address gets one confirmation a day, and every email goes exactly once
 * whatever runs the queue.
 */
import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { submitLead } from '@/leads/submit'

import { validLeadInput } from '../helpers/lead-input'
import { OWNER, runAllJobs as runQueue, setUpMailSite } from '../helpers/mail-site'

const site = setUpMailSite({ LEADS_RATE_LIMIT_PER_EMAIL: '3', LEADS_RATE_LIMIT_GLOBAL: '100000' })
const { sink } = site
let payload: Payload
let ipCounter = 0

beforeAll(() => {
  payload = site.payload()
})

const valid = validLeadInput

const submit = (input: Record<string, unknown>, ip = `10.1.0.${++ipCounter}`) =>
  submitLead(payload, input, { ip, userAgent: 'vitest' })

async function leadOf(email: string) {
  const { docs } = await payload.find({
    collection: 'leads',
    where: { email: { equals: email } },
    depth: 0,
    sort: 'createdAt',
  })
  return docs
}

const runAllJobs = () => runQueue(payload)

const mailsTo = (address: string) =>
  sink.messages.filter((mail) => JSON.stringify(mail.to).includes(address))

describe('attribution never costs a lead', () => {
  it('a campaign tag a little over 200 characters is cut and noted; the lead is real and mailed', async () => {
    const input = valid({ utmCampaign: 'spring-'.repeat(33), utmSource: 'newsletter' })
    expect(await submit(input)).toMatchObject({ ok: true, status: 200 })
    const [lead] = await leadOf(input.email)
    expect(lead.status).toBe('new')
    expect(lead.spamReason).toBeFalsy()
    expect(lead.utmCampaign).toHaveLength(200)
    expect(lead.utmSource).toBe('newsletter')
    expect(lead.attributionNotes).toBe('utmCampaign cut to 200 of 231 characters')
    await runAllJobs()
    await sink.waitFor(2)
    expect(mailsTo(input.email)).toHaveLength(1)
    expect(mailsTo(OWNER)).toHaveLength(1)
  })

  it.each([
    ['utmSource', 'news\nletter'],
    ['utmMedium', 'email\r\nBcc: someone@example.com'],
    ['utmTerm', 'x\u0000y\rz'],
    ['utmContent', 'bad\u2028?\n'],
    ['sourcePage', 'https://evil.example/'],
  ])('a bad %s is dropped and noted; the lead stays real', async (field, value) => {
    const input = valid({ [field]: value, utmCampaign: 'autumn' })
    expect(await submit(input)).toMatchObject({ ok: true, status: 200 })
    const [lead] = await leadOf(input.email)
    expect(lead.status).toBe('new')
    expect(lead[field as 'utmSource']).toBeFalsy()
    expect(lead.utmCampaign).toBe('autumn')
    expect(lead.attributionNotes).toMatch(new RegExp(`^${field} dropped`))
  })

  it('a missing or forged form token alone makes spam: that is an anti-spam signal', async () => {
    const input = valid({ formToken: 'forged', utmCampaign: 'autumn' })
    await submit(input)
    const [lead] = await leadOf(input.email)
    expect(lead).toMatchObject({ status: 'spam', utmCampaign: 'autumn' })
  })
})

describe('characters that hide or break text', () => {
  it('NUL and control characters in every field are removed before PostgreSQL sees them', async () => {
    const input = valid({
      name: 'Ana\u0000 García\u0007',
      company: 'Acme\u0000 Ltd',
      message: 'We need\u0000 a Django backend\u001b[31m for our marketplace.\r\nThanks',
      utmSource: 'news\u0000letter',
    })
    expect(await submit(input)).toMatchObject({ ok: true, status: 200 })
    const [lead] = await leadOf(input.email)
    expect(lead).toMatchObject({
      name: 'Ana García',
      company: 'Acme Ltd',
      message: 'We need a Django backend[31m for our marketplace.\nThanks',
      utmSource: 'newsletter',
    })
  })

  it('bidi overrides never reach the subject line or the admin list', async () => {
    const input = valid({ name: 'Eve \u202Egnp.exe' })
    await submit(input)
    const [lead] = await leadOf(input.email)
    expect(lead.name).toBe('Eve gnp.exe')
    await runAllJobs()
    await sink.waitFor(2)
    const owner = mailsTo(OWNER).find((mail) => mail.text?.includes(input.email))
    expect(owner?.subject).toBe('New consultation request from Eve gnp.exe')
  })

  it('a visible field sent twice gets the form back with a message on that field', async () => {
    const input = valid({ name: ['Ana', 'Eve'] })
    const result = await submit(input)
    expect(result).toMatchObject({ ok: false, status: 400 })
    expect(result.fieldErrors?.name).toMatch(/more than once/)
    expect(result.values?.name).toBe('Ana')
    expect(await leadOf(input.email)).toHaveLength(0)
  })

  it('text that is not text (a number, an object) gets a field message, not an exception', async () => {
    const result = await submit(valid({ message: 12345, company: { $ne: '' } }))
    expect(result).toMatchObject({ ok: false, status: 400 })
    expect(result.fieldErrors).toHaveProperty('message')
    expect(result.fieldErrors).toHaveProperty('company')
  })
})

describe('no relay', () => {
  it('three requests per address an hour, from any number of connections; then 429', async () => {
    const email = `target-${crypto.randomUUID()}@example.com`
    for (let i = 0; i < 3; i++) expect((await submit(valid({ email }))).status).toBe(200)
    const fourth = await submit(valid({ email }))
    expect(fourth).toMatchObject({ ok: false, status: 429 })
    expect(fourth.message).toMatch(/this email address/)
    expect(await leadOf(email)).toHaveLength(3)
  })

  it('one confirmation per address a day: later requests reach the owner, not the address again', async () => {
    const email = `repeat-${crypto.randomUUID()}@example.com`
    await submit(valid({ email }))
    await runAllJobs()
    await submit(
      valid({ email, message: 'A second request, with more details about the project.' }),
    )
    await runAllJobs()
    await sink.waitFor(3)
    expect(mailsTo(email)).toHaveLength(1)
    expect(mailsTo(OWNER).filter((mail) => mail.text?.includes(email))).toHaveLength(2)
    const [first, second] = await leadOf(email)
    expect(first.confirmationEmail?.state).toBe('sent')
    expect(second.confirmationEmail?.state).toBe('duplicate')
    expect(second.ownerEmail?.state).toBe('sent')
  })
})

describe('every email exactly once, whatever runs the queue', () => {
  it('three runners at once on the same job send each email once', async () => {
    const input = valid()
    await submit(input)
    const [lead] = await leadOf(input.email)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.leadId': { equals: lead.id } },
      depth: 0,
    })
    const id = docs[0].id
    // Payload itself may trip over a job another runner just finished and deleted (its runners
    // do not lock jobs): that is allowed to fail; sending twice is not.
    await Promise.allSettled([
      payload.jobs.runByID({ id }),
      payload.jobs.runByID({ id }),
      payload.jobs.run({ limit: 50 }),
    ])
    await runAllJobs()
    await sink.waitFor(2)
    // Give a duplicate, if there were one, time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailsTo(input.email)).toHaveLength(1)
    expect(mailsTo(OWNER).filter((mail) => mail.text?.includes(input.email))).toHaveLength(1)
  })

  it('a claim is exclusive until its lease expires; then the email is taken up again', async () => {
    const input = valid()
    await submit(input)
    const [lead] = await leadOf(input.email)
    // Imported here: the module reads the configuration, which beforeAll sets.
    const { claimEmail } = await import('@/leads/emails')
    expect(await claimEmail(payload, lead.id, 'owner')).toBe(1)
    expect(await claimEmail(payload, lead.id, 'owner')).toBe('busy')
    // The runner that claimed it died: nothing happens until the lease runs out...
    await runAllJobs()
    expect(mailsTo(OWNER).filter((mail) => mail.text?.includes(input.email))).toHaveLength(0)
    // ...and then the next runner sends it.
    await payload.db.drizzle.execute(
      sql`update leads set owner_email_claimed_until = now() - interval '1 second' where id = ${lead.id}`,
    )
    // Its job has given up meanwhile (the claim was busy); the lead gets a new one.
    const { requeueStrandedEmails } = await import('@/leads/emails')
    expect(await requeueStrandedEmails(payload)).toBeGreaterThanOrEqual(1)
    await runAllJobs()
    await sink.waitFor(2)
    expect(mailsTo(OWNER).filter((mail) => mail.text?.includes(input.email))).toHaveLength(1)
    const [after] = await leadOf(input.email)
    expect(after.ownerEmail).toMatchObject({ state: 'sent', attempts: 2 })
  })
})
