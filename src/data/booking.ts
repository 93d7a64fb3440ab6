import 'server-only'

import { cache } from 'react'

import type { Availability } from '@/booking/availability'
import { readAvailability, takenAfter } from '@/booking/calendar'
import { linkedBooking } from '@/booking/manage'
import { freeSlots, type Taken } from '@/booking/slots'
import { DatabaseUnavailableError, retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import { DEFAULT_TIME_ZONE } from '@/lib/site'
import { getServerEnv } from '@/lib/env'
import { getPayloadClient } from '@/server/payload'

import { acrossRequests } from './across-requests'

export type BookingCalendar = {
  /** The free slots' starts (ISO), earliest first. */
  slots: string[]
  timeZone: string
  callMinutes: number
  bookingWindowDays: number
}

/**
 * The availability without its meeting link (that goes into invites only), kept across requests
 * until an admin changes it (the global's hook marks the pages, and so this, stale).
 */
const publicAvailability = acrossRequests('availability', async (): Promise<Availability> => ({
  ...(await readAvailability(await getPayloadClient())),
  meetingLink: undefined,
}))

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
 * The free slots at `now`. Working them out in the owner's time zone is most of a booking page's
 * own work, and they change only with the settings, the taken times and the minute: the last
 * answer is kept for the same three. They are worked out for the minute's last instant, so a slot
 * leaves the page up to a minute before its notice runs out, never after.
 */
let lastSlots: { key: string; minute: number; slots: Date[] } | undefined
const MINUTE = 60_000

function slotsAt(availability: Availability, taken: Taken[], now: Date): string[] {
  const minute = Math.floor(now.getTime() / MINUTE)
  const key = JSON.stringify([availability, taken])
  if (lastSlots?.key !== key || lastSlots.minute !== minute) {
    const endOfMinute = new Date((minute + 1) * MINUTE - 1)
    const days = freeSlots(availability, taken, endOfMinute)
    lastSlots = { key, minute, slots: days.flatMap((day) => day.slots.map((slot) => slot.start)) }
  }
  const latest = now.getTime() + availability.bookingWindowDays * 24 * 60 * MINUTE
  return lastSlots.slots
    .filter((start) => start.getTime() <= latest)
    .map((start) => start.toISOString())
}

/**
 * What the booking page shows: the free times now, and the few settings it names. The
 * availability global is admins-only (it holds the meeting link); this reads it on the server
 * and hands on only what a visitor may see. While the database restarts, the times last read
 * (the booking itself is checked again when it is sent).
 */
export const getBookingCalendar = cache(async (): Promise<BookingCalendar> => {
  try {
    const now = new Date()
    const [availability, taken] = await retryWhileDatabaseUnavailable(
      async () => Promise.all([publicAvailability(), takenAfter(await getPayloadClient(), now)]),
      lastKnown ? 0 : 5_000,
    )
    lastKnown = {
      slots: slotsAt(availability, taken, now),
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

/** The length of the call, for pages that only name it (the contact page's link to booking). */
export const getCallMinutes = cache(async (): Promise<number> => {
  try {
    return (await retryWhileDatabaseUnavailable(publicAvailability, lastKnown ? 0 : 5_000))
      .callMinutes
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error
    return (lastKnown ?? UNREAD).callMinutes
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
