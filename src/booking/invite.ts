/**
 * The calendar invite of a booked call (RFC 5546 iTIP over email), made with ical-generator: one
 * event with a stable UID per booking, a SEQUENCE raised by every change, UTC times, the owner as
 * organizer and the prospect as attendee. `REQUEST` adds or updates the event in a calendar,
 * `CANCEL` (same UID, higher SEQUENCE) removes it. Google Calendar, Apple Calendar and Outlook
 * read these from a `text/calendar; method=…` part of the email.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator'

export type InviteMethod = 'REQUEST' | 'CANCEL'

export type InviteInput = {
  method: InviteMethod
  uid: string
  sequence: number
  start: Date
  end: Date
  summary: string
  description: string
  /** The meeting link, when the owner has set one. */
  location?: string
  organizer: { name: string; email: string }
  attendee: { name: string; email: string }
  /** When this revision was made (DTSTAMP). */
  stamp: Date
  /** The site's host, for the PRODID. */
  host: string
}

/** The invite as iCalendar text. */
export function inviteCalendar(input: InviteInput): string {
  const calendar = ical({
    prodId: { company: input.host, product: 'booking', language: 'EN' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  })
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.start,
    end: input.end,
    summary: input.summary,
    description: input.description,
    location: input.location ?? null,
    url: input.location ?? null,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: [
      {
        name: input.attendee.name,
        email: input.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: input.method === 'REQUEST',
      },
    ],
  })
  return calendar.toString()
}
