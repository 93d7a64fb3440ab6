/**
 * The free times for the call: each weekday range of the owner's hours, cut into calls with the
 * buffer after each, in the owner's time zone (so a week across a daylight-saving change keeps
 * its local hours), minus blocked days, the notice window, and times taken by confirmed calls.
 * Pure: the page, the booking's server check and the tests all use it.
 */
import { TZDate } from '@date-fns/tz'

import { type Availability, WEEKDAYS } from './availability'

const MINUTE = 60_000

/** A confirmed call's hold on the calendar: from its start to its end plus the buffer. */
export type Taken = { start: Date; until: Date }

export type Slot = { start: Date; end: Date }
/** The slots of one day in the owner's time zone (`YYYY-MM-DD`). */
export type SlotDay = { date: string; slots: Slot[] }

/** `YYYY-MM-DD` of `date` as seen in `timeZone`. */
function dayIn(date: Date, timeZone: string): string {
  const local = new TZDate(date.getTime(), timeZone)
  const month = String(local.getMonth() + 1).padStart(2, '0')
  const day = String(local.getDate()).padStart(2, '0')
  return `${local.getFullYear()}-${month}-${day}`
}

/** The weekday of a local date (JavaScript counts from Sunday). */
const weekdayOf = (local: Date) => WEEKDAYS[(local.getDay() + 6) % 7]

/**
 * The instant of `minutes` after midnight on a local day, or null when that wall time does not
 * exist there (the hour skipped when clocks go forward).
 */
function localInstant(year: number, month: number, day: number, minutes: number, timeZone: string) {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const instant = new TZDate(year, month, day, hours, rest, timeZone)
  return instant.getHours() === hours && instant.getMinutes() === rest
    ? new Date(instant.getTime())
    : null
}

/** Whether a call starting at `start` would overlap a taken time (buffers included). */
function clashes(start: Date, availability: Availability, taken: Taken[]) {
  const from = start.getTime()
  const until = from + (availability.callMinutes + availability.bufferMinutes) * MINUTE
  return taken.some((hold) => hold.start.getTime() < until && from < hold.until.getTime())
}

/** Every free slot from `now` to the end of the booking window, per local day. */
export function freeSlots(availability: Availability, taken: Taken[], now: Date): SlotDay[] {
  const { timeZone, callMinutes, bufferMinutes } = availability
  const earliest = now.getTime() + availability.minimumNoticeHours * 60 * MINUTE
  const latest = now.getTime() + availability.bookingWindowDays * 24 * 60 * MINUTE
  const blocked = new Set(availability.blockedDates)
  const today = new TZDate(now.getTime(), timeZone)
  const days: SlotDay[] = []
  for (let offset = 0; offset <= availability.bookingWindowDays; offset += 1) {
    const local = new TZDate(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() + offset,
      12,
      0,
      timeZone,
    )
    const [year, month, day] = [local.getFullYear(), local.getMonth(), local.getDate()]
    const date = dayIn(local, timeZone)
    if (blocked.has(date)) continue
    const weekday = weekdayOf(local)
    const slots: Slot[] = []
    const ranges = availability.weeklyHours
      .filter((range) => range.weekday === weekday)
      .sort((a, b) => a.from - b.from)
    for (const range of ranges) {
      for (let at = range.from; at + callMinutes <= range.to; at += callMinutes + bufferMinutes) {
        const start = localInstant(year, month, day, at, timeZone)
        if (!start || start.getTime() < earliest || start.getTime() > latest) continue
        if (clashes(start, availability, taken)) continue
        slots.push({ start, end: new Date(start.getTime() + callMinutes * MINUTE) })
      }
    }
    if (slots.length > 0) days.push({ date, slots })
  }
  return days
}

/** The slot starting at `start`, if it is free now. */
export function offeredSlot(
  availability: Availability,
  taken: Taken[],
  now: Date,
  start: Date,
): Slot | null {
  for (const day of freeSlots(availability, taken, now)) {
    const slot = day.slots.find((candidate) => candidate.start.getTime() === start.getTime())
    if (slot) return slot
  }
  return null
}

/** How long a call starting at `start` holds the calendar (its end plus the buffer). */
export function holdUntil(availability: Availability, start: Date): Date {
  return new Date(
    start.getTime() + (availability.callMinutes + availability.bufferMinutes) * MINUTE,
  )
}
