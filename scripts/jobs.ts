/**
 * `npm run jobs`: a separate worker for the jobs queue (lead emails, scheduled publishing), for
 * when the site runs with JOBS_AUTORUN=false or on several instances. Uses DATABASE_URL, or the
 * database (and local mail inbox) of the `npm start` running on this data directory.
 *
 * This process finds the database; the worker (scripts/lib/jobs-worker.ts) runs in a child
 * started with that environment, so the Payload configuration reads it as any process would.
 */
import { runAgainIfStalled, STALL_GUARD } from './lib/config-stall'
import { run } from './lib/processes'
import { prepareRuntime, readConfigOrExit, runningLauncher } from './lib/runtime'

const config = readConfigOrExit()
if (!config.DATABASE_URL && !runningLauncher(config.DATA_DIR)) {
  console.error('[jobs] Set DATABASE_URL, or start the site first (npm start) to use its database.')
  process.exit(1)
}
const runtime = await prepareRuntime({ supervise: false })
const worker = new URL('./lib/jobs-worker.ts', import.meta.url).pathname
let code = 1
try {
  code = await runAgainIfStalled('jobs', () =>
    run(process.execPath, ['--import', 'tsx', '--import', STALL_GUARD, worker], {
      env: { ...runtime.env, JOBS_AUTORUN: 'false' },
      // The worker stops at the end of its round; this process waits for it, then exits.
      onSpawn: (child) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.on(signal, () => child.kill(signal))
        }
      },
    }),
  )
} finally {
  await runtime.stop()
}
process.exit(code)
