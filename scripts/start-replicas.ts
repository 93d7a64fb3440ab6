/**
 * `npm run start:replicas -- --replicas N`: the site as it runs on several app servers, on one
 * machine: N production servers on free ports, one jobs worker, and Varnish on PORT in front
 * (deploy/varnish/site.vcl), balancing across them and caching public pages.
 *
 * They share what replicas must share: the database (embedded, or DATABASE_URL), the page cache
 * (REDIS_URL, else a local redis-server), the uploads (S3_BUCKET and its settings, else a local
 * s3rver under DATA_DIR/s3), and the mail. Jobs run exactly once: the servers have
 * JOBS_AUTORUN=false and the one worker runs the queue. A publish on any server marks the pages
 * stale in Redis and empties Varnish (PROXY_PURGE_URL).
 *
 * Needs Debian's `varnish` (and `redis-server` unless REDIS_URL is given); says so when missing.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { reachableHost } from '../src/lib/env'

import { launch } from './lib/launch'
import { startLocalRedis } from './lib/local-redis'
import { startLocalS3 } from './lib/local-s3'
import { startLocalVarnish } from './lib/local-varnish'
import { findFreePorts } from './lib/ports'
import { waitForHttpOk } from './lib/processes'
import {
  prepareProduction,
  printAddresses,
  rerenderPagesIfMoved,
  SERVER_BUNDLE,
} from './lib/production-build'

const { values } = parseArgs({ options: { replicas: { type: 'string', default: '2' } } })
const replicas = Number(values.replicas)
if (!Number.isInteger(replicas) || replicas < 1 || replicas > 16) {
  console.error('[replicas] --replicas must be a whole number from 1 to 16.')
  process.exit(2)
}

const startedAt = Date.now()

await launch({
  name: 'replicas',
  nodeEnv: 'production',
  narrateStop: true,
  serverExited: (code, say) => {
    say(`The jobs worker stopped unexpectedly (exit code ${code}).`)
    return code || 1
  },
  run: async (launched) => {
    const { say, runtime, stopping } = launched
    const { config } = runtime
    await prepareProduction(launched, 'npm run start:replicas')

    const shared: Record<string, string> = {}
    if (config.REDIS_URL) {
      shared.REDIS_URL = config.REDIS_URL
    } else {
      const redis = await startLocalRedis()
      launched.recordChild('redis', redis.pid)
      launched.onStop(redis.stop)
      shared.REDIS_URL = redis.url
      say(`Started a local Redis on ${redis.url}.`)
    }
    if (!config.S3_BUCKET) {
      const s3 = await startLocalS3({ dir: path.join(config.DATA_DIR, 's3') })
      launched.onStop(s3.stop)
      Object.assign(shared, {
        S3_BUCKET: s3.bucket,
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      })
      say(`Started a local S3 server on ${s3.endpoint} (bucket ${s3.bucket}).`)
    }
    const proxyUrl = `http://${reachableHost(config.HOST)}:${config.PORT}`
    // The replicas', and Varnish's socket for bans, on this machine only (deploy/varnish/site.vcl).
    const [purgePort, ...ports] = await findFreePorts(replicas + 1)
    const purgeUrl = `http://127.0.0.1:${purgePort}/`

    for (const [i, port] of ports.entries()) {
      const index = i + 1
      launched.serve(process.execPath, [SERVER_BUNDLE], {
        name: `replica ${index}`,
        env: {
          ...shared,
          HOST: '127.0.0.1',
          PORT: String(port),
          // Varnish appends the reader's address to X-Forwarded-For: the rate limits read that.
          TRUSTED_PROXIES: '1',
          JOBS_AUTORUN: 'false',
          PROXY_PURGE_URL: purgeUrl,
        },
        // One replica going away is what the proxy is there for: the others keep serving.
        onExit: (code) => {
          if (!stopping()) say(`Replica ${index} (port ${port}) stopped (exit code ${code}).`)
        },
      })
    }
    for (const port of ports) {
      const up = await waitForHttpOk(`http://127.0.0.1:${port}/api/health`, {
        timeoutMs: 120_000,
        what: `The replica on port ${port}`,
        gaveUp: stopping,
      })
      if (!up) return
    }
    // The one runner of the jobs queue; it asks the proxy to re-render after scheduled publishes.
    launched.serve(process.execPath, ['--import', 'tsx', 'scripts/jobs.ts'], {
      name: 'jobs worker',
      env: {
        ...shared,
        HOST: reachableHost(config.HOST),
        PORT: String(config.PORT),
        PROXY_PURGE_URL: purgeUrl,
      },
    })

    const varnish = await startLocalVarnish({
      port: config.PORT,
      purgePort,
      backendPorts: ports,
      dir: path.join(config.DATA_DIR, 'varnish'),
    })
    launched.recordChild('varnish', varnish.pid)
    launched.onStop(varnish.stop)
    const up = await waitForHttpOk(`${proxyUrl}/api/health`, {
      timeoutMs: 60_000,
      what: 'Varnish in front of the replicas',
      gaveUp: stopping,
    })
    if (!up) return
    await rerenderPagesIfMoved(launched, proxyUrl)
    printAddresses(launched, startedAt, [
      `Replicas: ${ports.map((port) => `http://127.0.0.1:${port}`).join(', ')}`,
      `Purge:  ${purgeUrl} (BAN empties Varnish; this machine only)`,
      `Cache:  ${shared.REDIS_URL}; uploads: ${config.S3_BUCKET ? `bucket ${config.S3_BUCKET}` : `${shared.S3_ENDPOINT}`}`,
    ])
  },
})
