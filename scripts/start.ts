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
import path from 'node:path'

import { reachableHost } from '../src/lib/env'
import { revalidateToken } from '../src/lib/revalidate-token'

import {
  buildIsCurrent,
  markBuildCurrent,
  markRenderedFor,
  renderedFor,
  sourceHash,
} from './lib/build-stamp'
import { type Launch, launch } from './lib/launch'
import { isPortFree } from './lib/ports'
import { nextBin, run, waitForHttpOk } from './lib/processes'
import { bundleServer } from './lib/server-bundle'

const startedAt = Date.now()
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`
/** The web server, bundled on each start (scripts/lib/server-bundle.ts). */
const SERVER_BUNDLE = path.join('.next', 'edge-server.mjs')

/** `next build` when the sources changed since the last one. */
async function buildWhenStale({ say, env, onSpawn, runtime }: Launch) {
  if (buildIsCurrent()) {
    say('The production build is current.')
    return
  }
  say('Building the site (next build); this takes a minute or two the first time...')
  const hash = sourceHash()
  if ((await run(process.execPath, [nextBin(), 'build'], { env, onSpawn })) !== 0)
    throw new Error('next build failed.')
  markBuildCurrent(hash)
  markRenderedFor(runtime.config.SITE_URL)
}

/**
 * The build's pages were rendered for another public URL (canonical links and the feed carry it):
 * mark them all stale, so each is rendered again, for this URL, on its next request.
 */
async function rerenderPages({ say, runtime }: Launch, healthUrl: string) {
  const response = await fetch(healthUrl.replace('/api/health', '/api/revalidate'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${revalidateToken(runtime.env.PAYLOAD_SECRET!)}` },
  })
  if (!response.ok) throw new Error(`Could not re-render the pages (${response.status}).`)
  markRenderedFor(runtime.config.SITE_URL)
  say(`Pages will be rendered again for ${runtime.config.SITE_URL}.`)
}

function printAddresses({ say, runtime }: Launch) {
  const { config, mailCatcher } = runtime
  console.log('')
  console.log(`  Site:   ${config.SITE_URL}`)
  console.log(`  Admin:  ${config.SITE_URL}/admin`)
  console.log(`  Health: ${config.SITE_URL}/api/health`)
  console.log(
    mailCatcher
      ? `  Email:  caught locally, read it at ${mailCatcher.inboxUrl} (set SMTP_URL to deliver)`
      : `  Email:  sent through ${new URL(config.SMTP_URL!).host}`,
  )
  console.log('')
  say(`Ready in ${seconds()}. Press Ctrl-C to stop.`)
}

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
    if (renderedFor() !== config.SITE_URL) await rerenderPages(launched, healthUrl)
    printAddresses(launched)
  },
})
