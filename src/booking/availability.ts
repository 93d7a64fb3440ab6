/**
 * The owner's availability as the slot calculation reads it: plain values, checked and cleaned,
 * from the `availability` global (src/globals/Availability). Free of server code: the global's
 * config uses the weekday list, the unit tests use the rest.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
type Weekday = (typeof WEEKDAYS)[number]

export type Availability = {
  timeZone: string
  /** Ranges per weekday, in minutes after the owner's local midnight. */
  weeklyHours: { weekday: Weekday; from: number; to: number }[]
  callMinutes: number
  bufferMinutes: number
  minimumNoticeHours: number
  bookingWindowDays: number
  /** Days without calls, `YYYY-MM-DD` in the owner's time zone. */
  blockedDates: string[]
  meetingLink?: string
}

/** What the global stores (its generated type, loosely: old documents may lack fields). */
export type StoredAvailability = {
  timeZone?: string | null
  weeklyHours?: { weekday?: string | null; from?: string | null; to?: string | null }[] | null
  callMinutes?: number | null
  bufferMinutes?: number | null
  minimumNoticeHours?: number | null
  bookingWindowDays?: number | null
  blockedDates?: { date?: string | null }[] | null
  meetingLink?: string | null
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** `09:30` → 570; anything else → null. */
function minutesOf(time: string | null | undefined): number | null {
  const match = time?.match(TIME)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

const isWeekday = (value: unknown): value is Weekday =>
  typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value)

const within = (value: number | null | undefined, fallback: number, min: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.round(value)))
    : fallback

/**
 * The stored settings as the calculation needs them; a row that makes no sense (no weekday, an
 * end before its start) is left out rather than guessed at. The day of a blocked date is the UTC
 * day of the stored value: Payload stores a picked day at noon (DatePicker, `dayOnly`).
 */
export function availabilityOf(stored: StoredAvailability): Availability {
  const weeklyHours = (stored.weeklyHours ?? []).flatMap((row) => {
    const from = minutesOf(row.from)
    const to = minutesOf(row.to)
    return isWeekday(row.weekday) && from !== null && to !== null && from < to
      ? [{ weekday: row.weekday, from, to }]
      : []
  })
  return {
    timeZone: stored.timeZone || 'Europe/Madrid',
    weeklyHours,
    callMinutes: within(stored.callMinutes, 30, 15, 240),
    bufferMinutes: within(stored.bufferMinutes, 15, 0, 240),
    minimumNoticeHours: within(stored.minimumNoticeHours, 24, 0, 24 * 14),
    bookingWindowDays: within(stored.bookingWindowDays, 21, 1, 90),
    blockedDates: (stored.blockedDates ?? []).flatMap((row) =>
      row.date ? [new Date(row.date).toISOString().slice(0, 10)] : [],
    ),
    meetingLink: stored.meetingLink || undefined,
  }
}
