/**
 * The process's one connection to the replicas' Redis (REDIS_URL), for what the app asks of it
 * itself: the per-minute allowances and the health check. (Next's page cache has its own, in
 * src/cache/next-cache-handler.mjs, which Next loads outside the app's bundles.) It reconnects by
 * itself; while it is down, commands fail at once instead of queueing.
 */
import 'server-only'

import { createClient } from 'redis'

type RedisClient = ReturnType<typeof createClient>

/** How long `connected` waits for the first connection before giving up waiting. */
const CONNECT_WAIT_MS = 1_000

let shared: { url: string; client: RedisClient; connected: Promise<unknown> } | undefined

/** The client for `url`, and a promise settled once it connected or a second has passed. */
export function sharedRedis(url: string) {
  if (shared?.url !== url) {
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    })
    // Every caller handles a failed command; an unlistened error would end the process.
    client.on('error', () => undefined)
    const connecting = client.connect().catch(() => undefined)
    const waited = new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())
    shared = { url, client, connected: Promise.race([connecting, waited]) }
  }
  return shared
}
