/**
 * The web server process: Next behind the edge (src/edge/server.ts). `npm start` and `npm run
 * dev` run it (`--dev` for hot reload); the Docker image runs a bundled copy of it
 * (scripts/docker-build.ts) inside Next's standalone output, where there is no next.config.mjs
 * and the configuration comes from the build's `required-server-files.json`, as in Next's own
 * standalone server.
 */
import fs from 'node:fs'

import type { NextConfig } from 'next'

import { startEdgeServer } from '../src/edge/server'
import { getServerEnv } from '../src/lib/env'

function standaloneConfig(): NextConfig | undefined {
  if (fs.existsSync('next.config.mjs')) return undefined
  const file = '.next/required-server-files.json'
  if (!fs.existsSync(file)) return undefined
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { config: NextConfig }).config
}

const dev = process.argv.includes('--dev')
const env = getServerEnv()
await startEdgeServer({
  dev,
  conf: standaloneConfig(),
  hostname: env.HOST,
  port: env.PORT,
  trustedProxies: env.TRUSTED_PROXIES,
  https: env.SITE_URL.startsWith('https:'),
  cdnMaxAge: env.CDN_MAX_AGE,
  csp: !dev,
})
console.log(`[server] Listening on http://${env.HOST}:${env.PORT}${dev ? ' (development)' : ''}`)
