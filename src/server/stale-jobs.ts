import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { requeueStrandedEmails } from '@/leads/emails'

/**
 * Payload marks a job `processing` while a runner has it, and runners only take jobs that are
 * not. A runner that died mid-job (a crash, or PostgreSQL gone when it tried to record the
 * outcome) leaves its job marked for good, and the job never runs again. This hands such jobs
 * back to the queue once their lease (longer than any task takes) has run out. The tasks
 * themselves make a second run harmless (the lead emails are claimed one by one, leads/emails.ts).
 */
async function releaseStaleJobs(payload: Payload, leaseSeconds: number): Promise<number> {
  const result = await payload.db.drizzle.execute(sql`
    update payload_jobs
       set processing = false, updated_at = now()
     where processing = true
       and completed_at is null
       and updated_at < now() - make_interval(secs => ${leaseSeconds})
 returning id`)
  const released = (result as unknown as { rows: unknown[] }).rows.length
  if (released > 0)
    payload.logger.warn(`Released ${released} job(s) left processing by a runner that stopped.`)
  return released
}

/**
 * Every so often, for as long as the process runs (never keeping it alive): stale jobs back to
 * the queue, and a new job for any lead whose emails were left unsent (leads/emails.ts).
 */
export function keepReleasingStaleJobs(payload: Payload, leaseSeconds: number) {
  const every = Math.max(1, Math.min(30, Math.floor(leaseSeconds / 4))) * 1_000
  setInterval(() => {
    releaseStaleJobs(payload, leaseSeconds)
      .then(() => requeueStrandedEmails(payload))
      .catch(() => {
        // The database is away; the next round tries again.
      })
  }, every).unref()
}
