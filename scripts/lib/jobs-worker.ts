/**
 * The worker of `npm run jobs` (scripts/jobs.ts starts it with the database in its
 * environment): runs the queued jobs every 5 s until SIGINT or SIGTERM, and gives back the
 * jobs of workers that died mid-run.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
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

console.log('[jobs] Running queued jobs every 5 s. Ctrl-C to stop.')
while (!stopping) {
  const result = await payload.jobs.run({ limit: 50 }).catch((error: Error) => {
    console.error(`[jobs] ${error.message}`)
    return undefined
  })
  const ran = Object.keys(result?.jobStatus ?? {}).length
  if (ran > 0) console.log(`[jobs] ran ${ran} job(s)`)
  for (let waited = 0; waited < 5_000 && !stopping; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
await payload.destroy()
process.exit(0)
