/**
 * `npm run jobs`: a separate worker for the jobs queue (lead emails, scheduled publishing), for
 * when the site runs with JOBS_AUTORUN=false or on several instances. Uses DATABASE_URL, or the
 * database (and local mail inbox) of the `npm start` running on this data directory.
 */
import { prepareRuntime, readConfigOrExit, runningLauncher } from './lib/runtime'

const config = readConfigOrExit()
if (!config.DATABASE_URL && !runningLauncher(config.DATA_DIR)) {
  console.error('[jobs] Set DATABASE_URL, or start the site first (npm start) to use its database.')
  process.exit(1)
}
const runtime = await prepareRuntime({ supervise: false })
Object.assign(process.env, runtime.env, { JOBS_AUTORUN: 'false' })

const { getPayload } = await import('payload')
const { default: payloadConfig } = await import('../payload.config')
const payload = await getPayload({ config: payloadConfig })
const { keepReleasingStaleJobs } = await import('../src/server/stale-jobs')
const { getServerEnv } = await import('../src/lib/env')
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
await runtime.stop()
process.exit(0)
