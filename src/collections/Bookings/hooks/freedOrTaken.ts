/**
 * A booking that takes or frees a time marks the booking page stale, so the next visitor sees the
 * times as they now are (the page is otherwise rendered again at most a minute later). Only a
 * write inside a Next request can do that (the booking and manage forms' actions, the admin); a
 * write elsewhere (the jobs worker, a script) changes no future time.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Booking } from '@/payload-types'

async function markBookingPageStale() {
  try {
    const { revalidatePath } = await import('next/cache')
    revalidatePath('/[locale]/book', 'page')
  } catch {
    // Outside a Next request: nothing of this process is cached.
  }
}

const holdOf = (doc: Partial<Booking> | undefined) =>
  doc ? `${doc.status} ${doc.startsAt} ${doc.holdUntil}` : ''

export const bookingPageAfterChange: CollectionAfterChangeHook<Booking> = async ({
  doc,
  previousDoc,
  operation,
}) => {
  if (operation === 'create' || holdOf(doc) !== holdOf(previousDoc)) await markBookingPageStale()
  return doc
}

export const bookingPageAfterDelete: CollectionAfterDeleteHook<Booking> = async ({ doc }) => {
  await markBookingPageStale()
  return doc
}
