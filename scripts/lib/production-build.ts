/**
 * What serving the production build takes, for `npm start` and `npm run start:replicas`: a build
 * that matches the sources, the pages rendered for the public URL, and the bundled web server.
 */
import path from 'node:path'

import { revalidateToken } from '../../src/lib/revalidate-token'

import {
  buildIsCurrent,
  markBuildCurrent,
  markRenderedFor,
  renderedFor,
  sourceHash,
} from './build-stamp'
import type { Launch } from './launch'
import { nextBin, run } from './processes'

/** The web server, bundled on each start (scripts/lib/server-bundle.ts). */
export const SERVER_BUNDLE = path.join('.next', 'edge-server.mjs')

/** `next build` when the sources changed since the last one. */
export async function buildWhenStale({ say, env, onSpawn, runtime }: Launch) {
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

/** Re-renders the pages when the build's were rendered for another public URL. */
export async function rerenderPagesIfMoved(launched: Launch, healthUrl: string) {
  if (renderedFor() !== launched.runtime.config.SITE_URL) await rerenderPages(launched, healthUrl)
}

/** Where the site is, and "Ready" (the line the tests and the benchmark wait for). */
export function printAddresses({ say, runtime }: Launch, readyIn: string, extra: string[] = []) {
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
  say(`Ready in ${readyIn}. Press Ctrl-C to stop.`)
}
