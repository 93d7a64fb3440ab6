/**
 * `npm start`: everything a newcomer needs after `npm ci`.
 *
 * 1. read and validate the configuration (src/lib/env.ts)
 * 2. start the embedded PostgreSQL when DATABASE_URL is unset (data in .data/), and supervise it
 * 3. apply migrations, seed demo content (idempotent)
 * 4. build when .next is missing or older than the sources
 * 5. serve the production build on HOST:PORT (scripts/server.ts, bundled) until Ctrl-C / SIGTERM, then stop
 *    everything cleanly
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import {
  buildIsCurrent,
  markBuildCurrent,
  markRenderedFor,
  renderedFor,
  sourceHash,
} from './lib/build-stamp'
import { LauncherLock } from './lib/launcher-lock'
import { isPortFree } from './lib/ports'
import { prepareDatabaseInProcess } from './lib/prepare-database-process'
import { bundleServer } from './lib/server-bundle'
import { reachableHost } from '../src/lib/env'
import { revalidateToken } from '../src/lib/revalidate-token'

import { exited, nextBin, run, terminate, waitForHttpOk } from './lib/processes'
import { prepareRuntime, readConfigOrExit } from './lib/runtime'

const startedAt = Date.now()
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`
const say = (message: string) => console.log(`[start] ${message}`)
/** The web server, bundled on each start (scripts/lib/server-bundle.ts). */
const SERVER_BUNDLE = path.join('.next', 'edge-server.mjs')

// One launcher per data directory, checked before anything starts.
const lock = new LauncherLock(readConfigOrExit().DATA_DIR)
try {
  await lock.acquire(say)
} catch (error) {
  console.error(`[start] ${(error as Error).message}`)
  process.exit(1)
}
const runtime = await prepareRuntime({ supervise: true, mailCatcher: true })
lock.recordChild('mail catcher', runtime.mailCatcher?.pid)
const { config } = runtime
let server: ChildProcess | undefined
/** The step running now (migrations, build), stopped too on Ctrl-C. */
let step: ChildProcess | undefined
let stopping = false

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  runtime.prepareToStop()
  if (step?.pid && step.exitCode === null) await terminate(step.pid, 'SIGTERM', 10_000)
  if (server?.pid) {
    say('Stopping the web server...')
    await terminate(server.pid, 'SIGTERM', 10_000)
  }
  if (runtime.embedded) say('Stopping PostgreSQL...')
  await runtime.stop()
  lock.release()
  say('Stopped.')
  process.exit(code)
}

process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(Number(process.exitCode ?? 0)))

async function main() {
  if (!(await isPortFree(config.PORT, config.HOST))) {
    throw new Error(
      `Port ${config.PORT} on ${config.HOST} is already in use. Stop what is using it, or choose ` +
        'another port: PORT=3001 npm start',
    )
  }
  const env: NodeJS.ProcessEnv = { ...runtime.env, NODE_ENV: 'production' }
  const node = process.execPath

  if ((await prepareDatabaseInProcess(['--seed', '--quiet'], { env, onSpawn })) !== 0) {
    throw new Error('Could not prepare the database (see above).')
  }

  if (buildIsCurrent()) {
    say('The production build is current.')
  } else {
    say('Building the site (next build); this takes a minute or two the first time...')
    const hash = sourceHash()
    if ((await run(node, [nextBin(), 'build'], { env, onSpawn })) !== 0)
      throw new Error('next build failed.')
    markBuildCurrent(hash)
    markRenderedFor(config.SITE_URL)
  }

  // Next behind the edge (src/edge/server.ts): the client's real address, refused form posts,
  // security and cache headers; bundled, to run without tsx (scripts/lib/server-bundle.ts).
  await bundleServer('scripts/server.ts', SERVER_BUNDLE)
  const child = spawn(
    node,
    [SERVER_BUNDLE],
    // Its own process group: Ctrl-C reaches the launcher, which stops things in order.
    { env, stdio: 'inherit', detached: true },
  )
  server = child
  lock.recordChild('web server', child.pid)
  void exited(child).then((code) => {
    if (stopping) return
    say(`The web server stopped unexpectedly (exit code ${code}).`)
    void shutdown(code || 1)
  })

  const healthUrl = `http://${reachableHost(config.HOST)}:${config.PORT}/api/health`
  const up = await waitForHttpOk(healthUrl, {
    timeoutMs: 120_000,
    what: 'The site',
    gaveUp: () => stopping,
  })
  if (!up) return
  if (renderedFor() !== config.SITE_URL) await rerenderPages(healthUrl)
  console.log('')
  console.log(`  Site:   ${config.SITE_URL}`)
  console.log(`  Admin:  ${config.SITE_URL}/admin`)
  console.log(`  Health: ${config.SITE_URL}/api/health`)
  console.log(
    runtime.mailCatcher
      ? `  Email:  caught locally, read it at ${runtime.mailCatcher.inboxUrl} (set SMTP_URL to deliver)`
      : `  Email:  sent through ${new URL(config.SMTP_URL!).host}`,
  )
  console.log('')
  say(`Ready in ${seconds()}. Press Ctrl-C to stop.`)
}

/**
 * The build's pages were rendered for another public URL (canonical links and the feed carry it):
 * mark them all stale, so each is rendered again, for this URL, on its next request.
 */
async function rerenderPages(healthUrl: string) {
  const response = await fetch(healthUrl.replace('/api/health', '/api/revalidate'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${revalidateToken(runtime.env.PAYLOAD_SECRET!)}` },
  })
  if (!response.ok) throw new Error(`Could not re-render the pages (${response.status}).`)
  markRenderedFor(config.SITE_URL)
  say(`Pages will be rendered again for ${config.SITE_URL}.`)
}

function onSpawn(child: ChildProcess) {
  step = child
}

main().catch(async (error: Error) => {
  console.error(`[start] ${error.message}`)
  await shutdown(1)
})
