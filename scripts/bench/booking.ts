/**
 * What one visitor waits to book a call: 20 no-JavaScript posts of the booking form one after the
 * other, each for the next free time (the server checks the time, stores the lead and the booking
 * in one transaction, and queues the invites), p50/p95. The aim: p95 ≤ 200 ms.
 */
import crypto from 'node:crypto'

import { freshForm, postForm, waitUntilSendable } from '../lib/contact-post'
import { tagsIn } from '../lib/html'

import { log } from './settings'
import { spread } from './stats'

const BOOKINGS = 20

export type BookingFigures = {
  bookings: number
  failed: number
  p50: number
  p95: number
  max: number
}

/** The free times the page offers (its radio buttons' values). */
async function freeSlots(siteUrl: string): Promise<string[]> {
  const html = await (await fetch(`${siteUrl}/book`)).text()
  return tagsIn(html, ['input'])
    .map(({ attributes }) => attributes)
    .filter((attributes) => attributes.name === 'slot' && attributes.value)
    .map((attributes) => attributes.value!)
}

export async function measureBooking(siteUrl: string): Promise<BookingFigures> {
  log(`Booking: ${BOOKINGS} bookings one after the other...`)
  const slots = await freeSlots(siteUrl)
  if (slots.length < BOOKINGS)
    throw new Error(`/book offers ${slots.length} times, fewer than ${BOOKINGS}.`)
  const forms = []
  for (let i = 0; i < BOOKINGS; i++) forms.push(await freshForm(siteUrl, '/book'))
  await waitUntilSendable(forms)
  const results = []
  for (const [index, hidden] of forms.entries()) {
    const result = await postForm(
      siteUrl,
      hidden,
      {
        name: 'Bench Visitor',
        email: `book-${crypto.randomUUID()}@example.com`,
        slot: slots[index * 2],
      },
      { path: '/book' },
    )
    results.push({
      ms: result.ms,
      ok: result.status === 200 && result.html.includes('Your call is booked'),
    })
  }
  return {
    bookings: BOOKINGS,
    failed: results.filter((result) => !result.ok).length,
    ...spread(results.map((result) => Math.round(result.ms))),
  }
}
