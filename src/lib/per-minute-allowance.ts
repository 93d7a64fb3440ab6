/**
 * An allowance per client address and minute, kept in memory (a limit per server process is
 * enough to stop one client hammering an endpoint). The address must be the one the edge server
 * determined (src/edge/client-address.ts), so a client cannot pick its own by sending headers.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** `take(address)`: the seconds to wait, or 0 when this one is allowed (and counted). */
export function perMinuteAllowance(keyPrefix: string, perMinute: number) {
  const limiter = new RateLimiterMemory({ keyPrefix, points: perMinute, duration: 60 })
  return async function take(address: string): Promise<number> {
    try {
      await limiter.consume(address || 'unknown')
      return 0
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
      throw error
    }
  }
}
