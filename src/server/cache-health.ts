/**
 * Whether the shared cache answers, for the health check: with REDIS_URL set, every replica's
 * pages and every publish go through it. 'none' when there is no shared cache (one server).
 */
import 'server-only'

import { getServerEnv } from '@/lib/env'
import { sharedRedis } from '@/lib/redis-client'

export type CacheState = 'none' | 'ok' | 'down'

/** PING within `timeoutMs`; not connected, an error, or no answer counts as down. */
export async function checkCache(timeoutMs = 3_000): Promise<CacheState> {
  const url = getServerEnv().REDIS_URL
  if (!url) return 'none'
  const { client: redis, connected } = sharedRedis(url)
  // A check right after start may find the first connection still being made.
  await connected
  if (!redis.isReady) return 'down'
  try {
    const answer = await redis.withAbortSignal(AbortSignal.timeout(timeoutMs)).ping()
    return answer === 'PONG' ? 'ok' : 'down'
  } catch {
    return 'down'
  }
}
