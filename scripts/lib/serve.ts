/**
 * Starts the web server process: Next behind the edge (src/edge/server.ts), configured from the
 * environment (src/lib/env.ts).
 */
import type { NextConfig } from 'next'

import { startEdgeServer } from '../../src/edge/server'
import { getServerEnv } from '../../src/lib/env'

export async function serve(options: { dev: boolean; conf?: NextConfig }) {
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
  })
  const mode = options.dev ? ' (development)' : ''
  console.log(`[server] Listening on http://${env.HOST}:${env.PORT}${mode}`)
}
