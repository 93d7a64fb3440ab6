import 'server-only'

import { cache } from 'react'

import { currentSlots, readAvailability, takenAfter } from '@/booking/calendar'
import { linkedBooking } from '@/booking/manage'
import { freeSlots } from '@/booking/slots'
import { DatabaseUnavailableError, retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import { DEFAULT_TIME_ZONE } from '@/lib/site'
import { getServerEnv } from '@/lib/env'
import { getPayloadClient } from '@/server/payload'

export type BookingCalendar = {
  /** The free slots' starts (ISO), earliest first. */
  slots: string[]
  timeZone: string
  callMinutes: number
  bookingWindowDays: number
}

/** The calendar last read, for the moments the database is restarting. */
let lastKnown: BookingCalendar | undefined

/** What the pages say before anything could be read (the availability global's defaults). */
const UNREAD: BookingCalendar = {
  slots: [],
  timeZone: DEFAULT_TIME_ZONE,
  callMinutes: 30,
  bookingWindowDays: 21,
}

/**
 * What the booking page shows: the free times now, and the few settings it names. The
 * availability global is admins-only (it holds the meeting link); this reads it on the server
 * and hands on only what a visitor may see. While the database restarts, the times last read
 * (the booking itself is checked again when it is sent).
 */
export const getBookingCalendar = cache(async (): Promise<BookingCalendar> => {
  try {
    const { availability, days } = await retryWhileDatabaseUnavailable(
      async () => currentSlots(await getPayloadClient(), new Date()),
      lastKnown ? 0 : 5_000,
    )
    lastKnown = {
      slots: days.flatMap((day) => day.slots.map((slot) => slot.start.toISOString())),
      timeZone: availability.timeZone,
      callMinutes: availability.callMinutes,
      bookingWindowDays: availability.bookingWindowDays,
    }
    return lastKnown
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error
    return lastKnown ?? UNREAD
  }
})

export type ManagedBooking =
  | { state: 'invalid' | 'expired' }
  | { state: 'cancelled'; start: string; timeZone: string }
  | { state: 'confirmed'; start: string; timeZone: string; slots: string[] }

/**
 * The booked call a signed link points to, for its manage page: when it is, and the times it may
 * move to (its own hold set aside: a call may move next to where it was).
 */
export async function getManagedBooking(token: string): Promise<ManagedBooking> {
  const payload = await retryWhileDatabaseUnavailable(getPayloadClient, 5_000)
  const now = new Date()
  const linked = await linkedBooking(payload, token, getServerEnv().PAYLOAD_SECRET, now)
  if (linked.state === 'invalid' || linked.state === 'expired') return { state: linked.state }
  const { booking } = linked
  if (linked.state === 'cancelled') {
    return { state: 'cancelled', start: booking.startsAt, timeZone: booking.timeZone }
  }
  const own = new Date(booking.startsAt).getTime()
  const [availability, taken] = await Promise.all([
    readAvailability(payload),
    takenAfter(payload, now),
  ])
  const days = freeSlots(
    availability,
    taken.filter((hold) => hold.start.getTime() !== own),
    now,
  )
  return {
    state: 'confirmed',
    start: booking.startsAt,
    timeZone: booking.timeZone,
    slots: days.flatMap((day) =>
      day.slots
        .filter((slot) => slot.start.getTime() !== own)
        .map((slot) => slot.start.toISOString()),
    ),
  }
}
