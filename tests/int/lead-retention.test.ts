/**
 * Requests are deleted after LEAD_RETENTION_MONTHS, as the forms and /privacy promise: the
 * `purgeOldLeads` task on a real PostgreSQL, run through the jobs queue (leads older than the
 * cutoff go with their calls, the calls' message records and the email jobs left behind; recent
 * leads and clients stay), and Payload's daily schedule of it (src/leads/retention.ts).
 */
import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  LEAD_RETENTION_MONTHS,
  RETENTION_QUEUE,
  retentionAutoRun,
  retentionCutoff,
} from '@/leads/retention'
import type { Lead } from '@/payload-types'

import { testPayload } from '../helpers/payload'

let payload: Payload

type Row = Record<string, unknown>
const rows = async (query: ReturnType<typeof sql>) =>
  ((await payload.db.drizzle.execute(query)) as unknown as { rows: Row[] }).rows

const DAY = 24 * 60 * 60 * 1000
/** `months` ago, give or take a day so that the cutoff is not a matter of milliseconds. */
const monthsAgo = (months: number) =>
  new Date(
    retentionCutoff(new Date(), months).getTime() + (months > LEAD_RETENTION_MONTHS ? -DAY : DAY),
  )

async function lead(name: string, createdAt: Date, status: Lead['status'] = 'new') {
  return payload.create({
    collection: 'leads',
    data: {
      name,
      email: `${name.toLowerCase()}@example.com`,
      projectType: 'consultation',
      message: 'We need a Django backend.',
      preferredContact: 'email',
      language: 'en',
      consentAt: createdAt.toISOString(),
      createdAt: createdAt.toISOString(),
      status,
    },
    context: { disableRevalidate: true },
  })
}

/** A call of `leadId`, `at` (its invite job is queued by the collection's hook). */
async function booking(leadId: number, at: Date) {
  const ends = new Date(at.getTime() + 30 * 60_000)
  return payload.create({
    collection: 'bookings',
    data: {
      title: 'Call',
      status: 'confirmed',
      lead: leadId,
      startsAt: at.toISOString(),
      endsAt: ends.toISOString(),
      holdUntil: new Date(ends.getTime() + 15 * 60_000).toISOString(),
      timeZone: 'Europe/Madrid',
      language: 'en',
      uid: `${crypto.randomUUID()}@test`,
      sequence: 0,
    },
    context: { disableRevalidate: true },
  })
}

const leadExists = async (id: number) =>
  (await payload.count({ collection: 'leads', where: { id: { equals: id } } })).totalDocs === 1

const emailJobsOf = (field: 'leadId' | 'bookingId', id: number) =>
  rows(sql`select id from payload_jobs where (input ->> ${field})::numeric = ${id}`)

/** Queues the purge on its queue and runs that queue, as the schedule's runner does; returns
 * what the purge logged it deleted. */
async function runPurge() {
  const info = vi.spyOn(payload.logger, 'info')
  await payload.jobs.queue({ task: 'purgeOldLeads', queue: RETENTION_QUEUE, input: {} })
  await payload.jobs.run({ queue: RETENTION_QUEUE })
  const line = info.mock.calls
    .map(([message]) => String(message))
    .find((message) => message.startsWith('Lead retention:'))
  info.mockRestore()
  if (!line) return undefined
  const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(line)?.[1])
  return {
    leads: count('lead'),
    bookings: count('booked call'),
    emailJobs: count('email job'),
    exports: count('export'),
  }
}

/** The purge's jobs still there (one that completed is deleted: Payload's default). */
const purgeJobsLeft = () =>
  rows(sql`select id, has_error from payload_jobs where task_slug = 'purgeOldLeads'`)

beforeAll(async () => {
  payload = await testPayload()
})

beforeEach(async () => {
  await payload.db.drizzle.execute(
    sql`delete from bookings; delete from leads; delete from payload_jobs; delete from exports;
        delete from payload_jobs_stats`,
  )
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the purge of old leads', () => {
  it('deletes leads older than the cutoff with their calls and email records; keeps the rest', async () => {
    const old = await lead('Old', monthsAgo(13))
    const oldWithCall = await lead('Caller', monthsAgo(13), 'call-booked')
    const recent = await lead('Recent', monthsAgo(11))
    const client = await lead('Client', monthsAgo(13), 'won')
    const oldCall = await booking(oldWithCall.id, monthsAgo(13))
    const recentCall = await booking(recent.id, new Date(Date.now() + 3 * DAY))
    await payload.db.drizzle.execute(sql`
      insert into booking_messages (booking_id, event, sequence, recipient, state, attempts, last_error)
      values (${oldCall.id}, 'invite', 0, 'prospect', 'failed', 5, '550 caller@example.com: no such user'),
             (${recentCall.id}, 'invite', 0, 'prospect', 'sent', 1, null)`)
    // The email jobs of both leads: the old one failed for good, the SMTP server's refusal in it.
    const oldJob = await payload.jobs.queue({ task: 'sendLeadEmails', input: { leadId: old.id } })
    await payload.jobs.queue({ task: 'sendLeadEmails', input: { leadId: recent.id } })
    await payload.db.drizzle.execute(sql`
      update payload_jobs set completed_at = now(), has_error = true,
             error = '{"message": "550 old@example.com: no such user"}'::jsonb
       where id = ${oldJob.id}`)
    expect(await emailJobsOf('bookingId', oldCall.id)).toHaveLength(1)
    // A CSV export of the leads, made before the cutoff, and one made since.
    await payload.db.drizzle.execute(sql`
      insert into exports (name, collection_slug, created_at, updated_at)
      values ('old leads', 'leads', ${monthsAgo(13).toISOString()}, now()),
             ('recent leads', 'leads', ${monthsAgo(1).toISOString()}, now())`)

    expect(await runPurge()).toEqual({ leads: 2, bookings: 1, emailJobs: 2, exports: 1 })
    expect(await purgeJobsLeft()).toEqual([])

    expect(await leadExists(old.id)).toBe(false)
    expect(await leadExists(oldWithCall.id)).toBe(false)
    expect(await leadExists(recent.id)).toBe(true)
    expect(await leadExists(client.id)).toBe(true)
    const calls = await payload.find({ collection: 'bookings', depth: 0, pagination: false })
    expect(calls.docs.map((call) => call.id)).toEqual([recentCall.id])
    expect(await rows(sql`select booking_id from booking_messages`)).toEqual([
      { booking_id: recentCall.id },
    ])
    expect(await emailJobsOf('leadId', old.id)).toHaveLength(0)
    expect(await emailJobsOf('bookingId', oldCall.id)).toHaveLength(0)
    expect(await emailJobsOf('leadId', recent.id)).toHaveLength(1)
    expect(await emailJobsOf('bookingId', recentCall.id)).not.toHaveLength(0)
    expect(await rows(sql`select name from exports`)).toEqual([{ name: 'recent leads' }])

    // A second run finds nothing left to do.
    expect(await runPurge()).toEqual({ leads: 0, bookings: 0, emailJobs: 0, exports: 0 })
  })

  it('works through a backlog in batches', async () => {
    const at = monthsAgo(14).toISOString()
    await payload.db.drizzle.execute(sql`
      insert into leads (name, email, project_type, message, preferred_contact, consent_at, created_at)
      select 'Backlog ' || n, 'backlog' || n || '@example.com', 'consultation', 'Hello', 'email',
             ${at}, ${at}
        from generate_series(1, 101) as n`)
    const kept = await lead('Recent', monthsAgo(11))

    expect(await runPurge()).toMatchObject({ leads: 101 })
    const left = await payload.find({ collection: 'leads', depth: 0, pagination: false })
    expect(left.docs.map((doc) => doc.id)).toEqual([kept.id])
  }, 120_000)
})

describe('the daily schedule', () => {
  it('is in the configuration, on a queue that the server runs', () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'purgeOldLeads')
    expect(task?.schedule).toEqual([{ cron: '30 3 * * *', queue: RETENTION_QUEUE }])
    const autoRun = payload.config.jobs.autoRun
    expect(Array.isArray(autoRun)).toBe(true)
    // These tests run with JOBS_AUTORUN=false: the server leaves scheduling to `npm run jobs`.
    expect(autoRun).toContainEqual(retentionAutoRun(false))
    expect(retentionAutoRun(true)).toMatchObject({
      queue: RETENTION_QUEUE,
      disableScheduling: false,
    })
  })

  it("is queued by Payload's schedule handler for the next 03:30, once, and runs then", async () => {
    const before = Date.now()
    const first = await payload.jobs.handleSchedules({ queue: RETENTION_QUEUE })
    expect(first.queued).toHaveLength(1)

    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'purgeOldLeads' } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const [job] = docs
    expect(job).toMatchObject({ queue: RETENTION_QUEUE, meta: { scheduled: true } })
    const at = new Date(String(job.waitUntil))
    expect(at.getTime()).toBeGreaterThan(before)
    expect(at.getTime()).toBeLessThanOrEqual(before + DAY)
    // In the server's local time (croner's): 03:30.
    expect([at.getHours(), at.getMinutes(), at.getSeconds()]).toEqual([3, 30, 0])

    // While it waits, the schedule queues no other.
    const second = await payload.jobs.handleSchedules({ queue: RETENTION_QUEUE })
    expect(second.queued).toHaveLength(0)
    expect(second.skipped).toHaveLength(1)

    // Not before its time...
    await payload.jobs.run({ queue: RETENTION_QUEUE })
    expect(await purgeJobsLeft()).toEqual([{ id: job.id, has_error: false }])
    // ...and when it comes, it runs (and, done, is deleted), and the next day's is queued.
    const old = await lead('Old', monthsAgo(13))
    await payload.db.drizzle.execute(
      sql`update payload_jobs set wait_until = now() - interval '1 second' where id = ${job.id}`,
    )
    await payload.jobs.run({ queue: RETENTION_QUEUE })
    expect(await leadExists(old.id)).toBe(false)
    expect(await purgeJobsLeft()).toEqual([])

    const next = await payload.jobs.handleSchedules({ queue: RETENTION_QUEUE })
    expect(next.queued).toHaveLength(1)
    expect(await purgeJobsLeft()).toHaveLength(1)
  })
})
