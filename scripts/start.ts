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
 * scripts/lib/launch.ts; this file says what only production does.
 */
import { reachableHost } from '../src/lib/env'

import { launch } from './lib/launch'
import { isPortFree } from './lib/ports'
import { waitForHttpOk } from './lib/processes'
import {
  buildWhenStale,
  printAddresses,
  rerenderPagesIfMoved,
  SERVER_BUNDLE,
} from './lib/production-build'
import { bundleServer } from './lib/server-bundle'

const startedAt = Date.now()
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`

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
    if (!(await isPortFree(config.PORT, config.HOST))) {
      throw new Error(
        `Port ${config.PORT} on ${config.HOST} is already in use. Stop what is using it, or choose ` +
          'another port: PORT=3001 npm start',
      )
    }
    if ((await launched.prepareDatabase()) !== 0) {
      throw new Error('Could not prepare the database (see above).')
    }
    await buildWhenStale(launched)

    // Next behind the edge (src/edge/server.ts): the client's real address, refused form posts,
    // security and cache headers; bundled, to run without tsx (scripts/lib/server-bundle.ts).
    await bundleServer('scripts/server.ts', SERVER_BUNDLE)
    launched.serve(process.execPath, [SERVER_BUNDLE])

    const healthUrl = `http://${reachableHost(config.HOST)}:${config.PORT}/api/health`
    const up = await waitForHttpOk(healthUrl, {
      timeoutMs: 120_000,
      what: 'The site',
      gaveUp: launched.stopping,
    })
    if (!up) return
    await rerenderPagesIfMoved(launched, healthUrl)
    printAddresses(launched, seconds())
  },
})
