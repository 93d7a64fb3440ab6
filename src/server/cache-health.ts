/**
 * Whether the shared cache answers, for the health check: with REDIS_URL set, every replica's
 * pages and every publish go through it. 'none' when there is no shared cache (one server).
 */
import 'server-only'

import { createClient } from 'redis'

import { getServerEnv } from '@/lib/env'

export type CacheState = 'none' | 'ok' | 'down'

type Client = ReturnType<typeof createClient>

let client: Client | undefined

/** One connection for every check, reconnecting in the background while Redis is away. */
function redisToAsk(): Client | undefined {
  const url = getServerEnv().REDIS_URL
  if (!url) return undefined
  if (!client) {
    client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    })
    // Reported by the check's answer; an unlistened error would crash the process.
    client.on('error', () => undefined)
    client.connect().catch(() => undefined)
  }
  return client
}

/** PING within `timeoutMs`; not connected, an error, or no answer counts as down. */
export async function checkCache(timeoutMs = 3_000): Promise<CacheState> {
  const redis = redisToAsk()
  if (!redis) return 'none'
  const deadline = Date.now() + timeoutMs
  // A check right after start may find the first connection still being made.
  while (!redis.isReady && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  if (!redis.isReady) return 'down'
  try {
    const answer = await redis
      .withAbortSignal(AbortSignal.timeout(Math.max(1, deadline - Date.now())))
      .ping()
    return answer === 'PONG' ? 'ok' : 'down'
  } catch {
    return 'down'
  }
}
