/**
 * How often one client address may search: as-you-type requests and counted searches. The
 * address is the one the edge server determined (src/edge/client-address.ts), so a client cannot
 * pick its own by sending headers. Kept in memory: a limit per server process is enough to stop
 * one client hammering the database or filling the search counts.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** Searches per address per minute: a fast typist with the field's debounce makes about 120. */
const PER_MINUTE = 240

const limiter = new RateLimiterMemory({ keyPrefix: 'search', points: PER_MINUTE, duration: 60 })

/** Takes one search from the address's allowance: the seconds to wait, or 0 when allowed. */
export async function searchAllowance(address: string): Promise<number> {
  try {
    await limiter.consume(address || 'unknown')
    return 0
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}
