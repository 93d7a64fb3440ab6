/**
 * The site the bench measures: `npm start` on a fresh data directory, sending mail to an SMTP sink
 * here; timed from spawn to "Ready". Stopping it (once, also on Ctrl-C) keeps its output in
 * .tmp/bench-site.log and deletes the data directory.
 */
import fs from 'node:fs'
import path from 'node:path'

import { Launcher, type LauncherScript } from '../lib/launcher'
import { isAlive } from '../lib/processes'
import { SmtpSink } from '../lib/smtp-sink'

import { log, SITE_LOG_FILE, START_TIMEOUT_MS } from './settings'
import { fixed } from './table'

export type BenchSite = {
  launcher: Launcher
  sink: SmtpSink
  stop: () => Promise<void>
}

/** `npm start` unless told otherwise (`--replicas` passes `npm run start:replicas`). */
export async function prepareSite(script?: LauncherScript): Promise<BenchSite> {
  const sink = new SmtpSink()
  await sink.start()
  // Mail goes to the sink here; the rate limit would otherwise stop the form benchmark at 5.
  const launcher = await Launcher.create(
    {
      SMTP_URL: sink.url,
      LEADS_RATE_LIMIT: '100000',
      LEADS_RATE_LIMIT_PER_EMAIL: '100000',
      LEADS_RATE_LIMIT_GLOBAL: '100000',
    },
    script,
  )
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      const wasRunning = launcher.pid !== undefined && isAlive(launcher.pid)
      log(wasRunning ? 'Stopping the site...' : 'The site had stopped by itself.')
      const code = await launcher.stop('SIGTERM')
      fs.mkdirSync(path.dirname(SITE_LOG_FILE), { recursive: true })
      fs.writeFileSync(SITE_LOG_FILE, launcher.output)
      launcher.cleanup()
      await sink.stop()
      const how = code === 0 ? 'Stopped' : `npm start exited with code ${code}`
      log(`${how}; its output is in ${SITE_LOG_FILE}; deleted ${launcher.dataDir}.`)
    })())
  return { launcher, sink, stop }
}

/** Starts the site; how long it took, and whether that included `next build`. */
export async function startSite(launcher: Launcher) {
  log(`Starting the site on ${launcher.url} (builds first when the build is stale)...`)
  const startedAt = Date.now()
  await launcher.start(START_TIMEOUT_MS)
  const start = { ms: Date.now() - startedAt, built: launcher.output.includes('Building the site') }
  log(`Started in ${fixed(start.ms / 1000, 1)} s.`)
  return start
}
