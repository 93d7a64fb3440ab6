/**
 * A booked call's calendar invite follows the booking: a cancellation or a new time raises the
 * invite's revision (SEQUENCE, which calendars use to replace what they hold), and queues the
 * emails that carry it to both calendars, in the same transaction as the change. A reminder is
 * queued for 24 hours before each new time; one for a time that no longer holds is skipped when
 * it comes due (src/booking/emails.ts).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { Booking } from '@/payload-types'

const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000

const sameTime = (a?: string | null, b?: string | null) =>
  Boolean(a && b && new Date(a).getTime() === new Date(b).getTime())

export const reviseInvite: CollectionBeforeChangeHook<Booking> = ({
  data,
  originalDoc,
  operation,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const cancelled = originalDoc.status === 'confirmed' && data.status === 'cancelled'
  const moved =
    data.status !== 'cancelled' &&
    data.startsAt !== undefined &&
    !sameTime(data.startsAt, originalDoc.startsAt)
  if (cancelled) data.cancelledAt = new Date().toISOString()
  if (cancelled || moved) data.sequence = (originalDoc.sequence ?? 0) + 1
  return data
}

export const announceChange: CollectionAfterChangeHook<Booking> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const queue = async (event: 'invite' | 'update' | 'cancel') => {
    const job = await req.payload.jobs.queue({
      task: 'sendBookingEmails',
      input: { bookingId: doc.id, event, sequence: doc.sequence },
      req,
    })
    // The caller may send them right after its answer (src/booking/submit.ts).
    if (Array.isArray(context.queuedJobs)) context.queuedJobs.push(job.id)
  }
  // Only for a call more than a day away: a call booked closer than that has just had its invite.
  const remind = async () => {
    const at = new Date(new Date(doc.startsAt).getTime() - REMINDER_BEFORE_MS)
    if (at.getTime() <= Date.now()) return
    await req.payload.jobs.queue({
      task: 'sendBookingEmails',
      input: { bookingId: doc.id, event: 'reminder', sequence: doc.sequence },
      waitUntil: at,
      req,
    })
  }
  if (operation === 'create') {
    if (doc.status !== 'confirmed') return doc
    await queue('invite')
    await remind()
  } else if (previousDoc.status === 'confirmed' && doc.status === 'cancelled') {
    await queue('cancel')
  } else if (doc.status === 'confirmed' && !sameTime(doc.startsAt, previousDoc.startsAt)) {
    await queue('update')
    await remind()
  }
  return doc
}
