/**
 * Cancelling or moving a booked call from the signed link in its emails. The booking's hooks
 * raise the invite's revision and queue the emails (src/collections/Bookings/hooks/invites.ts);
 * the database refuses a new time that overlaps another call, as it does for a new booking.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { Booking } from '@/payload-types'

import { readAvailability, takenAfter } from './calendar'
import { formatWhen } from './format'
import { checkBookingToken } from './links'
import { isOverlap } from './overlap'
import { holdUntil, offeredSlot } from './slots'

export type LinkedBooking =
  | { state: 'invalid' }
  | { state: 'expired' }
  | { state: 'cancelled'; booking: Booking }
  | { state: 'confirmed'; booking: Booking }

/** The booking a link points to, and what may still be done with it. */
export async function linkedBooking(
  payload: Payload,
  token: string,
  secret: string,
  now: Date,
): Promise<LinkedBooking> {
  const check = checkBookingToken(token, secret, now)
  if (!check.ok) return { state: check.reason }
  const { docs } = await payload.find({
    collection: 'bookings',
    where: { id: { equals: check.bookingId } },
    depth: 0,
    limit: 1,
  })
  const booking = docs[0]
  if (!booking) return { state: 'invalid' }
  if (booking.status === 'cancelled') return { state: 'cancelled', booking }
  if (new Date(booking.startsAt).getTime() <= now.getTime()) return { state: 'expired' }
  return { state: 'confirmed', booking }
}

/** Cancels a confirmed call; false if it was not confirmed (already cancelled, say). */
export async function cancelBooking(
  payload: Payload,
  booking: Booking,
  queuedJobs: (number | string)[],
): Promise<boolean> {
  const { docs } = await payload.update({
    collection: 'bookings',
    where: { id: { equals: booking.id }, status: { equals: 'confirmed' } },
    data: { status: 'cancelled' },
    depth: 0,
    context: { disableRevalidate: true, queuedJobs },
  })
  return docs.length > 0
}

/** The holds of other calls: a call never stands in the way of its own new time. */
const othersThan = async (payload: Payload, booking: Booking, now: Date, req: PayloadRequest) =>
  (await takenAfter(payload, now, req)).filter(
    (hold) => hold.start.getTime() !== new Date(booking.startsAt).getTime(),
  )

/** Moves a confirmed call to `start`, if that time is free: 'moved', 'taken' or 'gone'. */
export async function rescheduleBooking(
  payload: Payload,
  booking: Booking,
  start: Date,
  now: Date,
  queuedJobs: (number | string)[],
): Promise<'moved' | 'taken' | 'gone'> {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  await initTransaction(req)
  try {
    const availability = await readAvailability(payload, req)
    const slot = offeredSlot(availability, await othersThan(payload, booking, now, req), now, start)
    if (!slot || slot.start.getTime() === new Date(booking.startsAt).getTime()) {
      await killTransaction(req)
      return 'gone'
    }
    await payload.update({
      collection: 'bookings',
      id: booking.id,
      data: {
        startsAt: slot.start.toISOString(),
        endsAt: slot.end.toISOString(),
        holdUntil: holdUntil(availability, slot.start).toISOString(),
        title: `${booking.title?.split(' · ')[0] ?? ''} · ${formatWhen(slot.start, availability.timeZone, 'en-GB')}`,
      },
      depth: 0,
      req,
      context: { disableRevalidate: true, queuedJobs },
    })
    await commitTransaction(req)
    return 'moved'
  } catch (error) {
    await killTransaction(req)
    if (isOverlap(error)) return 'taken'
    throw error
  }
}
