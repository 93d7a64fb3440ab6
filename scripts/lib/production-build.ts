/**
 * What serving the production build takes, for `npm start` and `npm run start:replicas`: a build
 * that matches the sources, the pages rendered for the public URL, and the bundled web server.
 */
import path from 'node:path'

import { revalidateSiteAt } from '../../src/lib/site-revalidation'

import {
  buildIsCurrent,
  markBuildCurrent,
  markRenderedFor,
  renderedFor,
  sourceHash,
} from './build-stamp'
import type { Launch } from './launch'
import { isPortFree } from './ports'
import { nextBin, run } from './processes'
import { bundleServer } from './server-bundle'

/** The web server, bundled on each start (scripts/lib/server-bundle.ts). */
export const SERVER_BUNDLE = path.join('.next', 'edge-server.mjs')

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
async function rerenderPages({ say, runtime }: Launch, siteUrl: string) {
  const outcome = await revalidateSiteAt(siteUrl, runtime.env.PAYLOAD_SECRET!)
  if (!outcome.ok) throw new Error(`Could not re-render the pages (${outcome.reason}).`)
  markRenderedFor(runtime.config.SITE_URL)
  say(`Pages will be rendered again for ${runtime.config.SITE_URL}.`)
}

/**
 * What comes before serving: PORT free, migrations and seed, a current build, and the web server
 * (Next behind the edge, src/edge/server.ts: the client's real address, refused form posts,
 * security and cache headers) bundled to run without tsx (scripts/lib/server-bundle.ts).
 */
export async function prepareProduction(launched: Launch, command: string) {
  const { config } = launched.runtime
  if (!(await isPortFree(config.PORT, config.HOST))) {
    throw new Error(
      `Port ${config.PORT} on ${config.HOST} is already in use. Stop what is using it, or choose ` +
        `another port: PORT=3001 ${command}`,
    )
  }
  if ((await launched.prepareDatabase()) !== 0) {
    throw new Error('Could not prepare the database (see above).')
  }
  await buildWhenStale(launched)
  await bundleServer('scripts/server.ts', SERVER_BUNDLE)
}

/** Re-renders the pages when the build's were rendered for another public URL. */
export async function rerenderPagesIfMoved(launched: Launch, siteUrl: string) {
  if (renderedFor() !== launched.runtime.config.SITE_URL) await rerenderPages(launched, siteUrl)
}

/** Where the site is, and "Ready" (the line the tests and the benchmark wait for). */
export function printAddresses({ say, runtime }: Launch, startedAt: number, extra: string[] = []) {
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
  for (const line of extra) console.log(`  ${line}`)
  console.log('')
  say(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s. Press Ctrl-C to stop.`)
}
