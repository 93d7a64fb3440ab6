/**
 * What the booking page and the booking action read: the owner's availability and the times
 * confirmed calls hold, hence the free slots now. Server code; the settings themselves never
 * leave the server (the meeting link goes into invites only).
 */
import type { Payload, PayloadRequest } from 'payload'

import { type Availability, availabilityOf } from './availability'
import { freeSlots, type SlotDay, type Taken } from './slots'

export async function readAvailability(
  payload: Payload,
  req?: PayloadRequest,
): Promise<Availability> {
  return availabilityOf(await payload.findGlobal({ slug: 'availability', depth: 0, req }))
}

/** The holds of confirmed calls that end after `from`. */
export async function takenAfter(
  payload: Payload,
  from: Date,
  req?: PayloadRequest,
): Promise<Taken[]> {
  const { docs } = await payload.find({
    collection: 'bookings',
    where: { status: { equals: 'confirmed' }, holdUntil: { greater_than: from.toISOString() } },
    select: { startsAt: true, holdUntil: true },
    pagination: false,
    depth: 0,
    req,
  })
  return docs.map((doc) => ({ start: new Date(doc.startsAt), until: new Date(doc.holdUntil) }))
}

/** The free slots from `now`, and the settings they come from. */
export async function currentSlots(
  payload: Payload,
  now: Date,
  req?: PayloadRequest,
): Promise<{ availability: Availability; days: SlotDay[]; taken: Taken[] }> {
  const [availability, taken] = await Promise.all([
    readAvailability(payload, req),
    takenAfter(payload, now, req),
  ])
  return { availability, days: freeSlots(availability, taken, now), taken }
}
