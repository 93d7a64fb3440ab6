/**
 * Next's incremental cache (rendered pages, route handlers' output, and their tags) in Redis, for
 * a site that runs as several replicas: a page rendered by one is served by all, and
 * `revalidatePath` on any of them (a publish) is seen by every one. next.config.mjs uses this file
 * only when REDIS_URL is set; without it Next keeps its own cache in `.next`.
 *
 * Plain JavaScript: Next imports it at run time, outside its bundles. The handler is
 * @fortedigital/nextjs-cache-handler's `redis-strings` (maintained, Next 16). Keys carry the build
 * id, so replicas of a new build never serve a page that names the old build's scripts.
 *
 * When Redis is unreachable nothing fails: a lookup is a miss (the page is rendered), and the
 * client keeps reconnecting; /api/health says the cache is down meanwhile.
 *
 * With a shared HTTP cache in front (PROXY_PURGE_URL, deploy/varnish/site.vcl), a tag marked stale
 * here also empties that cache, then and not sooner: emptied before Redis knows, the proxy would
 * fetch the old page again and keep it (Next marks tags stale after the response, so a publish
 * hook that purged by itself lost that race every time here).
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

/** How long the first lookup waits for a connection before treating Redis as down. */
const CONNECT_WAIT_MS = 2_000
/** How long one cache operation may take before it counts as a miss. */
const OPERATION_TIMEOUT_MS = 1_000

let warned = false

/** `BAN /` to the proxy; one at a time, and one for all the tags of a revalidation. */
let banning
function banProxy(url) {
  banning ??= fetch(url, { method: 'BAN', signal: AbortSignal.timeout(3_000) })
    .then((response) => {
      if (!response.ok) console.warn(`[cache] ${url} answered ${response.status} to BAN`)
    })
    .catch((error) => console.warn(`[cache] ${url}: ${error.message}`))
    .finally(() => {
      banning = undefined
    })
  return banning
}

/** The handler, and the proxy emptied once it has marked a tag stale. */
function withProxyPurge(handler, url) {
  if (!url) return handler
  return {
    ...handler,
    async revalidateTag(tag, ...rest) {
      await handler.revalidateTag(tag, ...rest)
      await banProxy(url)
    },
  }
}

CacheHandler.onCreation(async ({ buildId }) => {
  const client = createClient({
    url: process.env.REDIS_URL,
    pingInterval: 10_000,
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  })
  client.on('error', (error) => {
    if (warned) return
    warned = true
    console.warn(`[cache] Redis: ${error.message} (pages are rendered until it is back)`)
  })
  client.on('ready', () => {
    warned = false
  })
  // connect() resolves once connected and otherwise keeps retrying: never make a request wait on it.
  const connected = client.connect().catch(() => undefined)
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS))])
  return {
    handlers: [
      withProxyPurge(
        createRedisHandler({
          client,
          keyPrefix: `site:${buildId ?? 'dev'}:`,
          timeoutMs: OPERATION_TIMEOUT_MS,
        }),
        process.env.PROXY_PURGE_URL,
      ),
    ],
  }
})

export default CacheHandler
