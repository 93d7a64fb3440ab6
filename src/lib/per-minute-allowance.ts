/**
 * An allowance per client address and minute. One server keeps it in memory; replicas
 * (REDIS_URL) keep it in Redis, so a client gets one allowance whichever replica answers, with the
 * memory one standing in while Redis is unreachable. The address must be the one the edge server
 * determined (src/edge/client-address.ts), so a client cannot pick its own by sending headers.
 */
import 'server-only'

import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'

import { getLauncherEnv } from './env'
import { sharedRedis } from './redis-client'

async function limiterFor(keyPrefix: string, points: number): Promise<RateLimiterAbstract> {
  const memory = new RateLimiterMemory({ keyPrefix, points, duration: 60 })
  // The launcher's schema: this needs no database settings (nor do the unit tests that use it).
  const url = getLauncherEnv().REDIS_URL
  if (!url) return memory
  const { client, connected } = sharedRedis(url)
  await connected
  return new RateLimiterRedis({
    storeClient: client,
    useRedisPackage: true,
    keyPrefix: `allowance:${keyPrefix}`,
    points,
    duration: 60,
    insuranceLimiter: memory,
  })
}

/** `take(address)`: the seconds to wait, or 0 when this one is allowed (and counted). */
export function perMinuteAllowance(keyPrefix: string, perMinute: number) {
  let limiter: Promise<RateLimiterAbstract> | undefined
  return async function take(address: string): Promise<number> {
    limiter ??= limiterFor(keyPrefix, perMinute)
    try {
      await (await limiter).consume(address || 'unknown')
      return 0
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
      throw error
    }
  }
}
