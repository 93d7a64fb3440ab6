/**
 * The booking's pure parts: free slots in the owner's time zone (daylight-saving weeks included),
 * the signed links, and the calendar invite parsed back with an iCalendar parser.
 */
import ical from 'node-ical'
import { describe, expect, it } from 'vitest'

import { type Availability, availabilityOf } from '@/booking/availability'
import { inviteCalendar } from '@/booking/invite'
import { bookingToken, checkBookingToken } from '@/booking/links'
import { freeSlots, offeredSlot } from '@/booking/slots'

const madrid = (overrides: Partial<Availability> = {}): Availability => ({
  timeZone: 'Europe/Madrid',
  weeklyHours: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((weekday) => ({
    weekday,
    from: 9 * 60,
    to: 10 * 60,
  })),
  callMinutes: 30,
  bufferMinutes: 0,
  minimumNoticeHours: 0,
  bookingWindowDays: 10,
  blockedDates: [],
  ...overrides,
})

const starts = (availability: Availability, now: string) =>
  freeSlots(availability, [], new Date(now)).flatMap((day) =>
    day.slots.map((slot) => slot.start.toISOString()),
  )

describe('free slots', () => {
  it('keep 09:00 in Madrid across the end of summer time (last Sunday of October)', () => {
    const all = starts(madrid(), '2026-10-22T12:00:00Z')
    // Friday 23 October: summer time (UTC+2); Monday 26 October: winter time (UTC+1).
    expect(all).toContain('2026-10-23T07:00:00.000Z')
    expect(all).toContain('2026-10-23T07:30:00.000Z')
    expect(all).toContain('2026-10-26T08:00:00.000Z')
    expect(all).not.toContain('2026-10-26T07:00:00.000Z')
    // No weekend slots.
    expect(
      all.some((start) => start.startsWith('2026-10-24') || start.startsWith('2026-10-25')),
    ).toBe(false)
  })

  it('keep 09:00 in Madrid across the start of summer time (last Sunday of March)', () => {
    const all = starts(madrid(), '2027-03-25T12:00:00Z')
    expect(all).toContain('2027-03-26T08:00:00.000Z')
    expect(all).toContain('2027-03-29T07:00:00.000Z')
    expect(all).not.toContain('2027-03-29T08:00:00.000Z')
  })

  it('skip a wall time the clocks jump over', () => {
    // 02:00–03:00 does not exist in Madrid on 28 March 2027.
    const night = madrid({
      weeklyHours: [{ weekday: 'sun', from: 2 * 60, to: 4 * 60 }],
    })
    const all = starts(night, '2027-03-26T12:00:00Z').filter((start) =>
      start.startsWith('2027-03-28'),
    )
    expect(all).toEqual(['2027-03-28T01:00:00.000Z', '2027-03-28T01:30:00.000Z'])
  })

  it('leave out the notice window, blocked dates and days past the window', () => {
    const now = '2026-12-01T08:10:00Z' // Tuesday 09:10 in Madrid
    const noticed = starts(madrid({ minimumNoticeHours: 24 }), now)
    expect(noticed[0]).toBe('2026-12-02T08:30:00.000Z')
    const blocked = starts(madrid({ blockedDates: ['2026-12-02'] }), now)
    expect(blocked.some((start) => start.startsWith('2026-12-02'))).toBe(false)
    const short = starts(madrid({ bookingWindowDays: 2 }), now)
    expect(short.at(-1)! < '2026-12-03T09:10:00.000Z').toBe(true)
  })

  it('cut each range into calls with the buffer after each', () => {
    const all = starts(
      madrid({ bufferMinutes: 15, weeklyHours: [{ weekday: 'wed', from: 540, to: 660 }] }),
      '2026-12-01T00:00:00Z',
    )
    expect(all.filter((start) => start.startsWith('2026-12-02'))).toEqual([
      '2026-12-02T08:00:00.000Z',
      '2026-12-02T08:45:00.000Z',
      '2026-12-02T09:30:00.000Z',
    ])
  })

  it('leave out times a confirmed call holds, buffer included', () => {
    const availability = madrid({
      bufferMinutes: 15,
      weeklyHours: [{ weekday: 'wed', from: 540, to: 720 }],
    })
    const taken = [
      { start: new Date('2026-12-02T08:45:00Z'), until: new Date('2026-12-02T09:30:00Z') },
    ]
    const all = freeSlots(availability, taken, new Date('2026-12-01T00:00:00Z'))
      .flatMap((day) => day.slots.map((slot) => slot.start.toISOString()))
      .filter((start) => start.startsWith('2026-12-02'))
    expect(all).toEqual([
      '2026-12-02T08:00:00.000Z',
      '2026-12-02T09:30:00.000Z',
      '2026-12-02T10:15:00.000Z',
    ])
  })

  it('offer only the exact starts they list', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    expect(offeredSlot(madrid(), [], now, new Date('2026-12-02T08:00:00Z'))).not.toBeNull()
    expect(offeredSlot(madrid(), [], now, new Date('2026-12-02T08:10:00Z'))).toBeNull()
    expect(offeredSlot(madrid(), [], now, new Date('2026-11-30T08:00:00Z'))).toBeNull()
  })

  it('come from the stored settings, odd rows left out', () => {
    const availability = availabilityOf({
      timeZone: 'Europe/Madrid',
      weeklyHours: [
        { weekday: 'mon', from: '09:00', to: '13:00' },
        { weekday: 'tue', from: '13:00', to: '09:00' },
        { weekday: 'xyz', from: '09:00', to: '10:00' },
        { weekday: 'wed', from: '9am', to: '10:00' },
      ],
      blockedDates: [{ date: '2026-12-24T11:00:00.000Z' }],
    })
    expect(availability.weeklyHours).toEqual([{ weekday: 'mon', from: 540, to: 780 }])
    expect(availability.blockedDates).toEqual(['2026-12-24'])
    expect(availability.callMinutes).toBe(30)
  })
})

describe('signed booking links', () => {
  const secret = 'x'.repeat(40)
  const now = new Date('2026-12-01T10:00:00Z')
  const token = bookingToken(42, new Date('2026-12-05T10:00:00Z'), secret)

  it('open their own booking until the call starts', () => {
    expect(checkBookingToken(token, secret, now)).toEqual({ ok: true, bookingId: 42 })
    expect(checkBookingToken(token, secret, new Date('2026-12-05T10:00:00Z'))).toMatchObject({
      ok: false,
      reason: 'expired',
    })
  })

  it('refuse any change: another id, another expiry, a changed signature, another secret', () => {
    const [id, expires, signature] = token.split('.')
    for (const tampered of [
      `43.${expires}.${signature}`,
      `${id}.${Number(expires) + 86_400}.${signature}`,
      `${id}.${expires}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      `${id}.${expires}`,
      '',
      `${token}x`,
      "1' or '1'='1",
    ]) {
      expect(checkBookingToken(tampered, secret, now)).toMatchObject({
        ok: false,
        reason: 'invalid',
      })
    }
    expect(checkBookingToken(token, 'y'.repeat(40), now)).toMatchObject({
      ok: false,
      reason: 'invalid',
    })
  })
})

describe('the calendar invite', () => {
  const base = {
    uid: 'b5f0c1f4-0000-4000-8000-000000000001@example.com',
    start: new Date('2026-12-02T08:00:00Z'),
    end: new Date('2026-12-02T08:30:00Z'),
    summary: 'Consulta gratuita con Pau Serrat',
    description: 'Una consulta gratuita de 30 minutos.',
    location: 'https://meet.example.com/pau',
    organizer: { name: 'Pau Serrat', email: 'owner@example.com' },
    attendee: { name: 'Ana García', email: 'ana@example.com' },
    stamp: new Date('2026-12-01T10:00:00Z'),
    host: 'example.com',
  }

  it('is a REQUEST with the UID, SEQUENCE, UTC times, organizer and attendee', () => {
    const text = inviteCalendar({ ...base, method: 'REQUEST', sequence: 0 })
    expect(text).toMatch(/^METHOD:REQUEST\r$/m)
    expect(text).toMatch(/^DTSTART:20261202T080000Z\r$/m)
    const event = Object.values(ical.sync.parseICS(text)).find((item) => item?.type === 'VEVENT')!
    expect(event).toMatchObject({ uid: base.uid, summary: base.summary, location: base.location })
    expect(Number((event as { sequence?: unknown }).sequence)).toBe(0)
    expect((event as ical.VEvent).start.toISOString()).toBe('2026-12-02T08:00:00.000Z')
    expect((event as ical.VEvent).end?.toISOString()).toBe('2026-12-02T08:30:00.000Z')
    expect(JSON.stringify((event as ical.VEvent).organizer)).toMatch(/mailto:owner@example\.com/i)
    expect(JSON.stringify((event as ical.VEvent).attendee)).toMatch(/mailto:ana@example\.com/i)
  })

  it('is cancelled with the same UID and a higher SEQUENCE', () => {
    const text = inviteCalendar({ ...base, method: 'CANCEL', sequence: 2 })
    expect(text).toMatch(/^METHOD:CANCEL\r$/m)
    const event = Object.values(ical.sync.parseICS(text)).find((item) => item?.type === 'VEVENT')!
    expect(event).toMatchObject({ uid: base.uid, status: 'CANCELLED' })
    expect(Number((event as { sequence?: unknown }).sequence)).toBe(2)
  })
})
