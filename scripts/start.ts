/**
 * `npm start`: everything a newcomer needs after `npm ci`.
 *
 * 1. read and validate the configuration (src/lib/env.ts)
 * 2. start the embedded PostgreSQL when DATABASE_URL is unset (data in .data/), and supervise it
 * 3. apply migrations, seed demo content (idempotent)
 * 4. build when .next is missing or older than the sources
 * 5. serve the production build on HOST:PORT (scripts/server.ts, bundled) until Ctrl-C / SIGTERM, then stop
 *    everything cleanly
 *
 * What it shares with `npm run dev` (the lock, the runtime, stopping in order) is
 * scripts/lib/launch.ts, and with `npm run start:replicas` (steps 3 and 4, the bundled server)
 * scripts/lib/production-build.ts; this file says what only one server does.
 */
import { reachableHost } from '../src/lib/env'

import { launch } from './lib/launch'
import { waitForHttpOk } from './lib/processes'
import {
  prepareProduction,
  printAddresses,
  rerenderPagesIfMoved,
  SERVER_BUNDLE,
} from './lib/production-build'

const startedAt = Date.now()

await launch({
  name: 'start',
  nodeEnv: 'production',
  narrateStop: true,
  serverExited: (code, say) => {
    say(`The web server stopped unexpectedly (exit code ${code}).`)
    return code || 1
  },
  run: async (launched) => {
    const { config } = launched.runtime
    await prepareProduction(launched, 'npm start')
    launched.serve(process.execPath, [SERVER_BUNDLE])

    const siteUrl = `http://${reachableHost(config.HOST)}:${config.PORT}`
    const up = await waitForHttpOk(`${siteUrl}/api/health`, {
      timeoutMs: 120_000,
      what: 'The site',
      gaveUp: launched.stopping,
    })
    if (!up) return
    await rerenderPagesIfMoved(launched, siteUrl)
    printAddresses(launched, startedAt)
  },
})
