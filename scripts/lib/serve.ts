/**
 * Starts the web server process: Next behind the edge (src/edge/server.ts), configured from the
 * environment (src/lib/env.ts).
 */
import type { NextConfig } from 'next'

import { startEdgeServer } from '../../src/edge/server'
import { getServerEnv } from '../../src/lib/env'

/**
 * A server whose output is gone (whatever started it died without stopping it) stops too. Left
 * running, every log line fails, Next logs that failure as an uncaught exception, which fails
 * again: seen spinning a whole core for an hour, orphaned by a killed test run.
 */
function stopWhenOutputCloses() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(1)
      throw error
    })
  }
}

export async function serve(options: { dev: boolean; conf?: NextConfig }) {
  stopWhenOutputCloses()
  const env = getServerEnv()
  await startEdgeServer({
    dev: options.dev,
    conf: options.conf,
    hostname: env.HOST,
    port: env.PORT,
    trustedProxies: env.TRUSTED_PROXIES,
    https: env.SITE_URL.startsWith('https:'),
    cdnMaxAge: env.CDN_MAX_AGE,
    csp: !options.dev,
    formSecret: env.PAYLOAD_SECRET,
  })
  const mode = options.dev ? ' (development)' : ''
  console.log(`[server] Listening on http://${env.HOST}:${env.PORT}${mode}`)
}
