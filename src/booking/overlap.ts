/**
 * The database's refusal of a confirmed call that overlaps another (PostgreSQL's
 * exclusion_violation on `bookings_no_overlap`), however deep the driver and Payload wrap it.
 */
export function isOverlap(error: unknown): boolean {
  for (let cause = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if ((cause as { code?: unknown }).code === '23P01') return true
    if (String((cause as { message?: unknown }).message ?? '').includes('bookings_no_overlap')) {
      return true
    }
  }
  return false
}
