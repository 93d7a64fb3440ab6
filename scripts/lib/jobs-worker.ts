/**
 * The worker of `npm run jobs` (scripts/jobs.ts starts it with the database in its
 * environment): runs the queued jobs every 5 s until SIGINT or SIGTERM, and gives back the
 * jobs of workers that died mid-run. Once a minute it also does what the server's autoRun does
 * for the retention queue (src/leads/retention.ts): queues the daily purge of old leads when
 * its time has come (Payload's schedule) and runs it, beside the emails, never in their way.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { RETENTION_QUEUE } from '../../src/leads/retention'
import { getServerEnv } from '../../src/lib/env'
import { keepReleasingStaleJobs } from '../../src/server/stale-jobs'

const payload = await getPayload({ config })
keepReleasingStaleJobs(payload, getServerEnv().JOBS_LEASE_SECONDS)

let stopping = false
const stop = () => {
  stopping = true
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

/** Waits `ms`, or less when asked to stop. */
async function pause(ms: number) {
  for (let waited = 0; waited < ms && !stopping; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const report = (error: Error) => {
  console.error(`[jobs] ${error.message}`)
  return undefined
}

async function runEmailsAndPublishing() {
  while (!stopping) {
    const result = await payload.jobs.run({ limit: 50 }).catch(report)
    const ran = Object.keys(result?.jobStatus ?? {}).length
    if (ran > 0) console.log(`[jobs] ran ${ran} job(s)`)
    await pause(5_000)
  }
}

async function runRetention() {
  while (!stopping) {
    await payload.jobs.handleSchedules({ queue: RETENTION_QUEUE }).catch(report)
    await payload.jobs.run({ queue: RETENTION_QUEUE, limit: 1 }).catch(report)
    await pause(60_000)
  }
}

console.log('[jobs] Running queued jobs every 5 s. Ctrl-C to stop.')
await Promise.all([runEmailsAndPublishing(), runRetention()])
await payload.destroy()
process.exit(0)
