/**
 * A submission that meets a database restart, on a PostgreSQL of this file's own that the test
 * stops and starts: stored once when the database is back within a few seconds; otherwise the
 * prospect gets their text back with a 503 and "please try again in a moment", never an error.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sleep } from '../../scripts/lib/processes'
import { submitLead } from '@/leads/submit'

import { validLeadInput } from '../helpers/lead-input'
import { migrateDatabase } from '../helpers/migrate-database'
import { testPayload } from '../helpers/payload'
import { startEmbeddedPostgres } from '../helpers/test-database'

let database: Awaited<ReturnType<typeof startEmbeddedPostgres>>
let payload: Payload

beforeAll(async () => {
  database = await startEmbeddedPostgres('outage')
  await migrateDatabase(database.url)
  process.env.DATABASE_URL = database.url
  process.env.SMTP_URL = ''
  payload = await testPayload()
})

afterAll(async () => {
  await database?.close()
})

const submission = (email: string) => validLeadInput({ email })

const submit = (input: Record<string, unknown>) =>
  submitLead(payload, input, { ip: '203.0.113.50', userAgent: 'vitest' })

describe('a submission during a database restart', () => {
  it('waits for a database that is back within seconds, and stores the lead once', async () => {
    const input = submission('back-soon@example.com')
    await database.server.stop()
    const pending = submit(input)
    await sleep(1_500)
    await database.server.start()
    expect(await pending).toMatchObject({ ok: true, status: 200 })
    const { docs } = await payload.find({
      collection: 'leads',
      where: { email: { equals: 'back-soon@example.com' } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    // Its email job was stored with it (one transaction).
    const jobs = await payload.count({
      collection: 'payload-jobs',
      where: { 'input.leadId': { equals: docs[0].id } },
    })
    expect(jobs.totalDocs).toBe(1)
  }, 60_000)

  it('gives the form back with the text and a 503 when the database stays away', async () => {
    await database.server.stop()
    try {
      const started = Date.now()
      const result = await submit(submission('stays-away@example.com'))
      expect(result).toMatchObject({ ok: false, status: 503 })
      expect(result.message).toMatch(/send it again in a moment/)
      expect(result.values).toMatchObject({
        email: 'stays-away@example.com',
        message: 'We need a Django backend for our marketplace, launching in spring.',
      })
      expect(Date.now() - started).toBeLessThan(15_000)
    } finally {
      await database.server.start()
    }
    expect(
      (
        await payload.count({
          collection: 'leads',
          where: { email: { equals: 'stays-away@example.com' } },
        })
      ).totalDocs,
    ).toBe(0)
  }, 60_000)
})
