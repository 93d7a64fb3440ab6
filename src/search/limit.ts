/**
 * How often one client address may search: as-you-type requests and counted searches, so that
 * one client cannot hammer the database or fill the search counts.
 */
import { perMinuteAllowance } from '@/lib/per-minute-allowance'

/** Searches per address per minute: a fast typist with the field's debounce makes about 120. */
const PER_MINUTE = 240

/** Takes one search from the address's allowance: the seconds to wait, or 0 when allowed. */
export const searchAllowance = perMinuteAllowance('search', PER_MINUTE)
