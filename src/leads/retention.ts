/**
 * The contact and booking forms' consent and the privacy page promise that a request is deleted
 * after LEAD_RETENTION_MONTHS "unless we work together": `purgeOldLeads`, a task on the jobs
 * queue that Payload schedules every day (RETENTION_SCHEDULE), keeps that promise. It deletes:
 *   - every lead created before the cutoff, except those marked won (a client's record stays);
 *     through the Local API, so the Leads collection's beforeDelete hook deletes their booked
 *     calls, and the database (ON DELETE CASCADE) each call's `booking_messages` rows;
 *   - the email jobs left behind by a lead or call that is gone (a purged one, or one erased on
 *     request): their input is an id, but a failed send keeps the SMTP server's answer in the
 *     job's error and log, and that answer often quotes the address;
 *   - the CSV exports of leads made before the cutoff (copies of leads that are all past it).
 * Each lead goes in a transaction of its own (the ids are read BATCH_SIZE at a time), so a
 * backlog never holds one long transaction or its locks. Two runs at once (two schedulers racing,
 * a retry) are harmless: whatever one deleted, the other finds gone.
 *
 * The schedule has a queue of its own (RETENTION_QUEUE), scheduled and run once a minute
 * (`retentionAutoRun` in the server, scripts/lib/jobs-worker.ts under `npm run jobs`), so a long
 * purge never delays the emails' queue. Payload reads the cron in the server's time zone (UTC in
 * the Docker image).
 */
import { sql } from '@payloadcms/db-postgres'
import { NotFound, type JobsConfig, type Payload, type TaskConfig, type TaskHandler } from 'payload'

/** How long a request is kept. The forms' consent and /privacy say 12 months in their words. */
export const LEAD_RETENTION_MONTHS = 12
/** The queue of the purge: Payload schedules a task only in a queue that a runner names. */
export const RETENTION_QUEUE = 'retention'
/** Every day at 03:30, server time. */
const RETENTION_SCHEDULE = '30 3 * * *'
/** Leads read, or email jobs deleted, at a time. */
const BATCH_SIZE = 100

/** The same day of the month LEAD_RETENTION_MONTHS earlier (the month's last day if shorter). */
export function retentionCutoff(now: Date, months = LEAD_RETENTION_MONTHS): Date {
  const cutoff = new Date(now)
  const day = cutoff.getUTCDate()
  cutoff.setUTCDate(1)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  const lastDay = new Date(
    Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0),
  ).getUTCDate()
  cutoff.setUTCDate(Math.min(day, lastDay))
  return cutoff
}

type Counts = { leads: number; bookings: number; emailJobs: number; exports: number }

/**
 * Old leads with their calls: their ids BATCH_SIZE at a time, and each lead deleted in a
 * transaction of its own (Payload's bulk delete would hold one transaction for the whole batch,
 * and run its documents' queries at once on that transaction's one connection).
 */
async function purgeLeads(payload: Payload, cutoff: Date, counts: Counts) {
  let after = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'leads',
      where: {
        and: [
          { createdAt: { less_than: cutoff.toISOString() } },
          { status: { not_equals: 'won' } },
          { id: { greater_than: after } },
        ],
      },
      sort: 'id',
      limit: BATCH_SIZE,
      pagination: false,
      depth: 0,
      joins: false,
      select: { createdAt: true },
    })
    if (docs.length === 0) return
    const ids = docs.map((doc) => doc.id)
    const callsOf = async () =>
      (await payload.count({ collection: 'bookings', where: { lead: { in: ids } } })).totalDocs
    const calls = await callsOf()
    for (const id of ids) {
      try {
        await payload.delete({
          collection: 'leads',
          id,
          depth: 0,
          context: { disableRevalidate: true },
        })
        counts.leads += 1
      } catch (error) {
        // Gone already (another run got there first); else tomorrow's run tries again.
        if (error instanceof NotFound) continue
        payload.logger.error({ err: error, msg: `Lead retention: lead ${id} was not deleted` })
      }
    }
    counts.bookings += calls - (calls > 0 ? await callsOf() : 0)
    after = ids[ids.length - 1]
    if (docs.length < BATCH_SIZE) return
  }
}

type Row = Record<string, unknown>
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows

/** Email jobs whose lead or call no longer exists; never one that a runner holds right now. */
async function purgeOrphanedEmailJobs(payload: Payload, counts: Counts) {
  for (;;) {
    const deleted = rowsOf(
      await payload.db.drizzle.execute(sql`
        delete from payload_jobs
         where id in (
                 select j.id from payload_jobs j
                  where j.processing = false
                    and (j.task_slug = 'sendLeadEmails'
                         and not exists (select 1 from leads l
                                          where l.id = (j.input ->> 'leadId')::numeric)
                         or j.task_slug = 'sendBookingEmails'
                         and not exists (select 1 from bookings b
                                          where b.id = (j.input ->> 'bookingId')::numeric))
                  limit ${BATCH_SIZE})
           and processing = false
     returning id`),
    ).length
    counts.emailJobs += deleted
    if (deleted < BATCH_SIZE) return
  }
}

/** The admin's CSV exports of leads made before the cutoff (their files go with them). */
async function purgeOldExports(payload: Payload, cutoff: Date, counts: Counts) {
  const result = await payload.delete({
    collection: 'exports',
    where: {
      and: [
        { collectionSlug: { equals: 'leads' } },
        { createdAt: { less_than: cutoff.toISOString() } },
      ],
    },
    depth: 0,
    context: { disableRevalidate: true },
  })
  counts.exports += result.docs.length
}

/** @public The task handler, named so it can be read, traced and tested on its own. */
export const purgeOldLeads: TaskHandler<'purgeOldLeads'> = async ({ req }) => {
  const { payload } = req
  const cutoff = retentionCutoff(new Date())
  const counts: Counts = { leads: 0, bookings: 0, emailJobs: 0, exports: 0 }
  // No `req` below: each deletion commits on its own, outside the job's request.
  await purgeLeads(payload, cutoff, counts)
  await purgeOrphanedEmailJobs(payload, counts)
  await purgeOldExports(payload, cutoff, counts)
  payload.logger.info(
    `Lead retention: deleted ${counts.leads} lead(s) created before ${cutoff.toISOString()} ` +
      `(${LEAD_RETENTION_MONTHS} months), ${counts.bookings} booked call(s), ` +
      `${counts.emailJobs} email job(s) and ${counts.exports} export(s) of leads.`,
  )
  return { output: counts }
}

/**
 * The task, queued by Payload every day in RETENTION_QUEUE. A run that fails is not retried: the
 * next day's run deletes whatever this one left.
 */
export const purgeOldLeadsTask: TaskConfig<'purgeOldLeads'> = {
  slug: 'purgeOldLeads',
  label: `Delete requests older than ${LEAD_RETENTION_MONTHS} months`,
  outputSchema: [
    { name: 'leads', type: 'number', required: true },
    { name: 'bookings', type: 'number', required: true },
    { name: 'emailJobs', type: 'number', required: true },
    { name: 'exports', type: 'number', required: true },
  ],
  schedule: [{ cron: RETENTION_SCHEDULE, queue: RETENTION_QUEUE }],
  handler: purgeOldLeads,
}

type AutorunCronConfig = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>[number]

/**
 * The server's runner of RETENTION_QUEUE: once a minute it queues the purge when its time has
 * come (Payload's scheduling, which runs on an autoRun cron of the schedule's queue) and runs it.
 * `schedule` is false when the server does not run the queue (JOBS_AUTORUN=false): then
 * `npm run jobs` does both, and only one process schedules.
 */
export function retentionAutoRun(schedule: boolean): AutorunCronConfig {
  return { cron: '* * * * *', queue: RETENTION_QUEUE, limit: 1, disableScheduling: !schedule }
}
