/**
 * Booking the free call end to end: a real PostgreSQL (its exclusion constraint decides races),
 * the real jobs queue, nodemailer talking SMTP to a real server on 127.0.0.1, and the invites
 * parsed back with an iCalendar parser.
 */
import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import ical from 'node-ical'
import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { readAvailability } from '@/booking/calendar'
import { bookingToken } from '@/booking/links'
import { cancelBooking, linkedBooking, rescheduleBooking } from '@/booking/manage'
import { freeSlots } from '@/booking/slots'
import { submitBooking } from '@/booking/submit'
import { formToken } from '@/leads/spam'
import type { Booking } from '@/payload-types'

import { OWNER, runAllJobs, setUpMailSite } from '../helpers/mail-site'
import { TEST_PAYLOAD_SECRET } from '../helpers/test-database'

const site = setUpMailSite({
  LEADS_RATE_LIMIT: '100000',
  LEADS_RATE_LIMIT_PER_EMAIL: '100000',
  LEADS_RATE_LIMIT_GLOBAL: '100000',
})
const { sink } = site
let payload: Payload
let ip = 0

beforeAll(async () => {
  payload = site.payload()
  // Calls every day from 08:00 to 20:00 in Madrid, bookable from an hour ahead, for 21 days.
  await payload.updateGlobal({
    slug: 'availability',
    data: {
      timeZone: 'Europe/Madrid',
      weeklyHours: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((weekday) => ({
        weekday,
        from: '08:00',
        to: '20:00',
      })),
      callMinutes: 30,
      bufferMinutes: 15,
      minimumNoticeHours: 1,
      bookingWindowDays: 21,
      meetingLink: 'https://meet.example.com/pau',
    },
    context: { disableRevalidate: true },
  })
})

beforeEach(async () => {
  // Each test starts with a free calendar (and no queued jobs of the last one).
  await payload.db.drizzle.execute(sql`delete from bookings; delete from payload_jobs`)
})

async function freeStarts(): Promise<string[]> {
  const availability = await readAvailability(payload)
  const { docs } = await payload.find({
    collection: 'bookings',
    where: { status: { equals: 'confirmed' } },
    pagination: false,
  })
  const taken = docs.map((doc) => ({
    start: new Date(doc.startsAt),
    until: new Date(doc.holdUntil),
  }))
  return freeSlots(availability, taken, new Date()).flatMap((day) =>
    day.slots.map((slot) => slot.start.toISOString()),
  )
}

function form(slot: string, overrides: Record<string, unknown> = {}) {
  return {
    slot,
    timeZone: 'America/New_York',
    name: 'Ana García',
    email: 'ana@example.com',
    topic: 'Moving our Django monolith to async views.',
    consent: 'on',
    locale: 'es',
    idempotencyKey: crypto.randomUUID(),
    formToken: formToken(Date.now() - 10_000, TEST_PAYLOAD_SECRET),
    sourcePage: '/es/articles/django-vs-fastapi',
    utmSource: 'newsletter',
    ...overrides,
  }
}

const book = (input: Record<string, unknown>) =>
  submitBooking(payload, input, { ip: `10.1.0.${++ip}`, userAgent: 'vitest' })

const bookingsOf = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'leads',
    where: { email: { equals: email } },
    depth: 0,
    pagination: false,
  })
  const bookings = await payload.find({
    collection: 'bookings',
    where: { lead: { in: docs.map((doc) => doc.id) } },
    depth: 0,
    pagination: false,
  })
  return { leads: docs, bookings: bookings.docs }
}

type Event = ical.VEvent & { sequence?: string | number }

/** The calendar part of a received email, parsed: its METHOD and its one event. */
function inviteOf(mail: (typeof sink.messages)[number]) {
  const part = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar')
  expect(part, `no calendar part in "${mail.subject}"`).toBeDefined()
  const text = part!.content.toString('utf8')
  const method = /^METHOD:(\w+)/m.exec(text)?.[1]
  const event = Object.values(ical.sync.parseICS(text)).find(
    (item) => item?.type === 'VEVENT',
  ) as Event
  // The MIME part's own `method` parameter is what mail clients look at first.
  const header = part!.headers.get('content-type') as {
    value?: string
    params?: { method?: string }
  }
  return { method, event, partMethod: header.params?.method }
}

const mailTo = (address: string) =>
  sink.messages.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address))

describe('booking a call', () => {
  it('stores a lead ("call booked", with its source and campaign) and the booking, and both get the invite', async () => {
    const slot = (await freeStarts())[3]
    const email = 'ana.book@example.com'
    const result = await book(form(slot, { email }))
    expect(result).toMatchObject({
      ok: true,
      status: 200,
      booked: { start: slot, timeZone: 'America/New_York' },
    })

    const { leads, bookings } = await bookingsOf(email)
    expect(leads).toHaveLength(1)
    expect(leads[0]).toMatchObject({
      status: 'call-booked',
      sourcePage: '/es/articles/django-vs-fastapi',
      utmSource: 'newsletter',
      language: 'es',
      projectType: 'consultation',
    })
    expect(bookings).toHaveLength(1)
    const booking = bookings[0]
    expect(booking).toMatchObject({
      status: 'confirmed',
      startsAt: slot,
      sequence: 0,
      timeZone: 'America/New_York',
    })
    expect(new Date(booking.endsAt).getTime() - new Date(slot).getTime()).toBe(30 * 60_000)
    // The lead shows its booking (a join), and the booking its lead.
    const lead = await payload.findByID({ collection: 'leads', id: leads[0].id, depth: 1 })
    expect(lead.bookings?.docs?.map((doc) => (typeof doc === 'object' ? doc.id : doc))).toEqual([
      booking.id,
    ])

    await runAllJobs(payload)
    await sink.waitFor(2)
    const [toProspect] = mailTo(email)
    const [toOwner] = mailTo(OWNER)
    expect(toProspect.subject).toMatch(/^Reservada: tu llamada con Pau Serrat el /)
    // In the prospect's zone and language: "… (America/New_York)".
    expect(toProspect.text).toContain('America/New_York')
    expect(toProspect.text).toContain('https://meet.example.com/pau')
    expect(toProspect.text).toMatch(/\/es\/book\/manage\/\d+\.\d+\.[\w-]{43}/)
    expect(toOwner.subject).toMatch(/^Call booked by Ana García: /)
    expect(toOwner.replyTo?.text).toContain(email)
    expect(toOwner.text).toContain('Moving our Django monolith')
    for (const mail of [toProspect, toOwner]) {
      const { method, event, partMethod } = inviteOf(mail)
      expect(method).toBe('REQUEST')
      expect(partMethod).toBe('REQUEST')
      expect(event.uid).toBe(booking.uid)
      expect(Number(event.sequence)).toBe(0)
      expect(event.start.toISOString()).toBe(slot)
      expect(event.end?.toISOString()).toBe(booking.endsAt)
      expect(JSON.stringify(event.organizer)).toMatch(new RegExp(`mailto:${OWNER}`, 'i'))
      expect(JSON.stringify(event.attendee)).toMatch(new RegExp(`mailto:${email}`, 'i'))
      expect(event.location).toBe('https://meet.example.com/pau')
    }
    // The booked time is no longer offered.
    expect(await freeStarts()).not.toContain(slot)
  })

  it('twenty rounds of two visitors racing for one slot: exactly one wins each time', async () => {
    const starts = await freeStarts()
    for (let round = 0; round < 20; round++) {
      const slot = starts[round * 2]
      const results = await Promise.all([
        book(form(slot, { email: `racer-a-${round}@example.com` })),
        book(form(slot, { email: `racer-b-${round}@example.com` })),
      ])
      const won = results.filter((result) => result.ok)
      const lost = results.filter((result) => !result.ok)
      expect(won, `round ${round}`).toHaveLength(1)
      expect(lost[0]).toMatchObject({ status: 409 })
      expect(lost[0].fieldErrors?.slot).toMatch(/acaba de reservar|ya no está libre/)
      // The loser is shown fresh times, without the one just taken.
      expect(lost[0].slots?.length).toBeGreaterThan(0)
      expect(lost[0].slots).not.toContain(slot)
    }
    const { docs } = await payload.find({
      collection: 'bookings',
      where: { status: { equals: 'confirmed' } },
      pagination: false,
    })
    expect(docs).toHaveLength(20)
  })

  it('refuses a time that is not offered (off the grid, in the past, taken) with a 409 and keeps what was typed', async () => {
    const [first] = await freeStarts()
    const offGrid = new Date(new Date(first).getTime() + 7 * 60_000).toISOString()
    for (const slot of [offGrid, '2020-01-01T10:00:00.000Z', '2099-01-01T10:00:00.000Z']) {
      const result = await book(form(slot))
      expect(result).toMatchObject({ ok: false, status: 409 })
      expect(result.values?.name).toBe('Ana García')
    }
    const { bookings } = await bookingsOf('ana@example.com')
    expect(bookings).toHaveLength(0)
  })

  it('answers bad input with field messages and a 400, whatever its shape', async () => {
    const [slot] = await freeStarts()
    const cases: [Record<string, unknown>, string[]][] = [
      [form(slot, { name: '', email: 'nope', consent: undefined }), ['name', 'email', 'consent']],
      [form('', {}), ['slot']],
      [form('tomorrow at ten', {}), ['slot']],
      [form(slot, { topic: 'x'.repeat(2001) }), ['topic']],
      [form(slot, { name: ['Ana', 'Eve'] }), ['name']],
      [form(slot, { name: 'Ana\u0000\r\nBcc: x@example.com' }), ['name']],
      [form(slot, { email: { $ne: 1 } }), ['email']],
    ]
    for (const [input, fields] of cases) {
      const result = await book(input)
      expect(result.status).toBe(400)
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(fields.sort())
    }
    // An unknown time zone falls back to the owner's: a decoration never costs the booking.
    const result = await book(form(slot, { timeZone: 'Mars/Olympus', email: 'tz@example.com' }))
    expect(result).toMatchObject({ ok: true, booked: { timeZone: 'Europe/Madrid' } })
  })

  it('stores one booking for one form, however often it is sent', async () => {
    const slot = (await freeStarts())[5]
    const input = form(slot, { email: 'twice@example.com' })
    const [a, b] = await Promise.all([book(input), book(input)])
    const again = await book(input)
    for (const result of [a, b, again])
      expect(result).toMatchObject({ ok: true, booked: { start: slot } })
    const { leads, bookings } = await bookingsOf('twice@example.com')
    expect(leads).toHaveLength(1)
    expect(bookings).toHaveLength(1)
  })

  it('sends a stranger booked in their name none of a name that is a link', async () => {
    const slot = (await freeStarts())[7]
    const email = 'stranger@example.com'
    expect(
      await book(form(slot, { email, name: 'Win a prize at www.evil.example' })),
    ).toMatchObject({
      ok: true,
    })
    await runAllJobs(payload)
    await sink.waitFor(2)
    const [toProspect] = mailTo(email)
    expect(toProspect.text).not.toContain('evil.example')
    expect(JSON.stringify(inviteOf(toProspect).event.attendee)).not.toContain('evil.example')
  })

  it('keeps a bot out of the calendar (honeypot): a spam lead, no booking, no email', async () => {
    const slot = (await freeStarts())[6]
    const result = await book(
      form(slot, { email: 'bot@example.com', website: 'http://spam.example' }),
    )
    expect(result.ok).toBe(true)
    const { leads, bookings } = await bookingsOf('bot@example.com')
    expect(leads.map((lead) => lead.status)).toEqual(['spam'])
    expect(bookings).toHaveLength(0)
    expect(await freeStarts()).toContain(slot)
    await runAllJobs(payload)
    expect(sink.messages).toHaveLength(0)
  })
})

describe('a booked call, afterwards', () => {
  async function booked(email: string, index = 2): Promise<Booking> {
    const slot = (await freeStarts())[index]
    expect(
      await book(form(slot, { email, locale: 'en', timeZone: 'Europe/London' })),
    ).toMatchObject({ ok: true })
    const { bookings } = await bookingsOf(email)
    await runAllJobs(payload)
    sink.messages.length = 0
    return bookings[0]
  }

  it('is cancelled from its signed link: both calendars get a CANCEL with the same UID and a higher SEQUENCE, and the time is free again', async () => {
    const booking = await booked('cancel@example.com')
    const token = bookingToken(booking.id, new Date(booking.startsAt), TEST_PAYLOAD_SECRET)
    const linked = await linkedBooking(payload, token, TEST_PAYLOAD_SECRET, new Date())
    expect(linked.state).toBe('confirmed')
    expect(await cancelBooking(payload, booking, [])).toBe(true)
    // Twice is once.
    expect(await cancelBooking(payload, booking, [])).toBe(false)
    await runAllJobs(payload)
    await sink.waitFor(2)
    expect(sink.messages).toHaveLength(2)
    for (const mail of sink.messages) {
      expect(mail.subject).toMatch(/^(Cancelled: your call|Call cancelled by)/)
      const { method, event, partMethod } = inviteOf(mail)
      expect(method).toBe('CANCEL')
      expect(partMethod).toBe('CANCEL')
      expect(event.uid).toBe(booking.uid)
      expect(Number(event.sequence)).toBe(1)
    }
    expect(await freeStarts()).toContain(booking.startsAt)
    expect((await linkedBooking(payload, token, TEST_PAYLOAD_SECRET, new Date())).state).toBe(
      'cancelled',
    )
  })

  it('is moved from its signed link: the same UID with a higher SEQUENCE and the new times', async () => {
    const booking = await booked('move@example.com')
    const target = (await freeStarts()).find((start) => start > booking.startsAt)!
    expect(await rescheduleBooking(payload, booking, new Date(target), new Date(), [])).toBe(
      'moved',
    )
    await runAllJobs(payload)
    await sink.waitFor(2)
    for (const mail of sink.messages) {
      expect(mail.subject).toMatch(/^(Moved: your call|Call moved by)/)
      const { method, event } = inviteOf(mail)
      expect(method).toBe('REQUEST')
      expect(event.uid).toBe(booking.uid)
      expect(Number(event.sequence)).toBe(1)
      expect(event.start.toISOString()).toBe(target)
    }
    const moved = await payload.findByID({ collection: 'bookings', id: booking.id })
    expect(moved).toMatchObject({ startsAt: target, sequence: 1, status: 'confirmed' })
    expect(await freeStarts()).toContain(booking.startsAt)
    // A time another call holds is refused by the database.
    const other = await booked('other@example.com', 10)
    expect(await rescheduleBooking(payload, moved, new Date(other.startsAt), new Date(), [])).toBe(
      'gone',
    )
  })

  it('refuses a tampered or expired link politely', async () => {
    const booking = await booked('links@example.com')
    const token = bookingToken(booking.id, new Date(booking.startsAt), TEST_PAYLOAD_SECRET)
    const tampered = token.replace(/^\d+/, String(booking.id + 1))
    expect((await linkedBooking(payload, tampered, TEST_PAYLOAD_SECRET, new Date())).state).toBe(
      'invalid',
    )
    const expired = bookingToken(booking.id, new Date(Date.now() - 1000), TEST_PAYLOAD_SECRET)
    expect((await linkedBooking(payload, expired, TEST_PAYLOAD_SECRET, new Date())).state).toBe(
      'expired',
    )
  })

  it('gets a reminder 24 hours before, and none once it is cancelled', async () => {
    const booking = await booked('remind@example.com', 40)
    const reminders = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: {
            taskSlug: { equals: 'sendBookingEmails' },
            'input.event': { equals: 'reminder' },
          },
          pagination: false,
        })
      ).docs
    const [reminder] = await reminders()
    expect(new Date(reminder.waitUntil!).getTime()).toBe(
      new Date(booking.startsAt).getTime() - 24 * 3_600_000,
    )
    // Not due yet: running the queue sends nothing.
    await runAllJobs(payload)
    expect(sink.messages).toHaveLength(0)
    // Its time comes (without waiting a day: the job's time is moved).
    await payload.db.drizzle.execute(
      sql`update payload_jobs set wait_until = now() - interval '1 second' where id = ${reminder.id}`,
    )
    await runAllJobs(payload)
    await sink.waitFor(1)
    expect(sink.messages.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Reminder: your call with Pau Serrat/),
    ])
    expect(sink.messages[0].text).toContain('https://meet.example.com/pau')

    // A cancelled call: its reminder comes due and sends nothing.
    sink.messages.length = 0
    const other = await booked('remind-cancelled@example.com', 44)
    await cancelBooking(payload, other, [])
    await runAllJobs(payload)
    sink.messages.length = 0
    await payload.db.drizzle.execute(
      sql`update payload_jobs set wait_until = now() - interval '1 second' where wait_until > now()`,
    )
    await runAllJobs(payload)
    expect(sink.messages).toHaveLength(0)
  })

  it('is deleted with its lead (a GDPR erasure)', async () => {
    const booking = await booked('erase@example.com')
    await payload.delete({ collection: 'leads', where: { email: { equals: 'erase@example.com' } } })
    const { totalDocs } = await payload.count({
      collection: 'bookings',
      where: { id: { equals: booking.id } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('while SMTP is down', () => {
  it('the invites wait in the queue and go once it is back, none twice', async () => {
    const slot = (await freeStarts())[8]
    const port = sink.port
    await sink.stop()
    try {
      expect(await book(form(slot, { email: 'outage@example.com' }))).toMatchObject({ ok: true })
      await payload.jobs.run({ limit: 10 })
      expect(sink.messages).toHaveLength(0)
    } finally {
      await sink.start(port)
    }
    await runAllJobs(payload)
    await sink.waitFor(2)
    await runAllJobs(payload)
    expect(sink.messages.map((mail) => mail.subject).sort()).toHaveLength(2)
  })
})
