/**
 * How many views one client address may send: a reader opens a page every few seconds at most,
 * so more than this in a minute is a script filling the counts. The address is the one the edge
 * server determined (src/edge/client-address.ts), so a client cannot pick its own by sending
 * headers. Kept in memory, like the search's limit (src/search/limit.ts): a limit per server
 * process is enough to stop one client hammering the table.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** Views per address per minute. */
const PER_MINUTE = 120

const limiter = new RateLimiterMemory({ keyPrefix: 'views', points: PER_MINUTE, duration: 60 })

/** Takes one view from the address's allowance: the seconds to wait, or 0 when allowed. */
export async function viewAllowance(address: string): Promise<number> {
  try {
    await limiter.consume(address || 'unknown')
    return 0
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}
