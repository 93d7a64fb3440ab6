/**
 * How many views one client address may send: a reader opens a page every few seconds at most,
 * so more than this in a minute is a script filling the counts.
 */
import { perMinuteAllowance } from '@/lib/per-minute-allowance'

/** Views per address per minute. */
const PER_MINUTE = 120

/** Takes one view from the address's allowance: the seconds to wait, or 0 when allowed. */
export const viewAllowance = perMinuteAllowance('views', PER_MINUTE)
