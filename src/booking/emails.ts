/**
 * A booked call's emails, sent by the queued task `sendBookingEmails`: the invite when it is
 * booked, the update when it moves, the cancellation, each to the prospect and the owner with the
 * calendar invite, and the reminder to the prospect 24 hours before.
 *
 * Each message is sent once per revision of the booking, however the queue runs (the server's
 * cron, `npm run jobs`, several replicas): a runner claims it in `booking_messages` with one
 * statement (a lease of JOBS_LEASE_SECONDS), and records it as sent. A failure throws and the
 * queue tries again with backoff, so an SMTP outage delays the mail and loses none. A message for
 * a revision that has been superseded (the call moved or was cancelled since) is not sent: the
 * newer one says what holds; so is a reminder for a cancelled call.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig, TaskHandler } from 'payload'

import { escapeHtml, greetingName, languageOf, oneLine } from '@/leads/emails'
import { translator } from '@/i18n/translate'
import { getServerEnv } from '@/lib/env'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import type { Booking, Lead } from '@/payload-types'

import { availabilityOf } from './availability'
import { formatWhen } from './format'
import { inviteCalendar, type InviteMethod } from './invite'
import { bookingToken } from './links'

const BOOKING_EVENTS = ['invite', 'update', 'cancel', 'reminder'] as const
type BookingEvent = (typeof BOOKING_EVENTS)[number]
type Recipient = 'prospect' | 'owner'

type BookingEmail = {
  to: string
  replyTo: string
  subject: string
  text: string
  html: string
  icalEvent?: { method: InviteMethod; filename: string; content: string }
}

type BookingForEmail = Pick<
  Booking,
  'id' | 'uid' | 'sequence' | 'startsAt' | 'endsAt' | 'timeZone' | 'language' | 'topic'
> & { lead: Pick<Lead, 'id' | 'name' | 'email'> }

type EmailContext = {
  owner: { name: string; email: string; language: Locale }
  siteUrl: string
  callMinutes: number
  ownerTimeZone: string
  meetingLink?: string
  secret: string
  now: Date
}

const methodOf = (event: BookingEvent): InviteMethod => (event === 'cancel' ? 'CANCEL' : 'REQUEST')

/** One email of a booking, for one recipient, in that recipient's language and time zone. */
function bookingEmail(
  event: BookingEvent,
  recipient: Recipient,
  booking: BookingForEmail,
  context: EmailContext,
): BookingEmail {
  const prospect = recipient === 'prospect'
  const locale = prospect ? languageOf(booking.language) : context.owner.language
  const zone = prospect ? booking.timeZone : context.ownerTimeZone
  const t = translator(locale, 'booking')
  const start = new Date(booking.startsAt)
  const end = new Date(booking.endsAt)
  const when = formatWhen(start, zone, locale)
  const lead = booking.lead
  const host = new URL(context.siteUrl).host
  const bookingLanguage = languageOf(booking.language)
  const manage = `${context.siteUrl}${pathsFor(bookingLanguage).manageBooking(
    bookingToken(booking.id, start, context.secret),
  )}`
  const bookAgain = `${context.siteUrl}${pathsFor(bookingLanguage).book}`
  const adminLink = `${context.siteUrl}/admin/collections/leads/${lead.id}`
  const args = { when, zone, owner: context.owner.name, name: lead.name, email: lead.email }

  const subjectKey = prospect
    ? (`${event}Subject` as const)
    : event === 'reminder'
      ? null
      : (`owner${event === 'invite' ? 'Invite' : event === 'update' ? 'Update' : 'Cancel'}Subject` as const)
  const subject = oneLine(t(`emails.${subjectKey ?? 'reminderSubject'}`, args))

  const join = context.meetingLink
    ? t('emails.joinAt', { link: context.meetingLink })
    : t('emails.linkFollows')
  const lines: string[] = []
  if (prospect) {
    const key = { invite: 'booked', update: 'moved', cancel: 'cancelledText', reminder: 'reminder' }
    lines.push(t(`emails.${key[event]}` as 'emails.booked', args))
    if (event !== 'cancel') lines.push(join)
    if (event === 'invite' || event === 'update') lines.push(t('emails.inviteAttached'))
    lines.push(
      event === 'cancel'
        ? t('emails.bookAgain', { link: bookAgain })
        : t('emails.manage', { link: manage }),
    )
  } else {
    const key = { invite: 'ownerBooked', update: 'ownerMoved', cancel: 'ownerCancelled' }
    lines.push(t(`emails.${key[event as 'invite']}` as 'emails.ownerBooked', args))
    if (booking.topic) lines.push(`${t('emails.topicHeading')}:\n${booking.topic}`)
    lines.push(t('emails.ownerLead', { link: adminLink }))
  }

  // As in the request's confirmation: the greeting carries the name only when it reads as one
  // (no links or addresses), so a booking made in a stranger's name sends them none of its text.
  const hello = translator(locale, 'emails')
  const name = greetingName(lead.name)
  const greeting = prospect ? (name ? hello('helloName', { name }) : hello('hello')) : ''
  const text = [greeting, ...lines, prospect ? context.owner.name : ''].filter(Boolean).join('\n\n')
  const html = [greeting, ...lines, prospect ? context.owner.name : '']
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('')

  const email: BookingEmail = {
    to: prospect ? lead.email : context.owner.email,
    // The prospect's replies reach the owner; the owner's reply reaches the prospect.
    replyTo: prospect ? context.owner.email : lead.email,
    subject,
    text,
    html,
  }
  if (event === 'reminder') return email

  const description = [
    t('emails.description', { minutes: context.callMinutes }),
    join,
    ...(prospect ? [t('emails.manage', { link: manage })] : []),
    ...(!prospect && booking.topic ? [`${t('emails.topicHeading')}: ${booking.topic}`] : []),
  ].join('\n\n')
  email.icalEvent = {
    method: methodOf(event),
    filename: event === 'cancel' ? 'cancel.ics' : 'invite.ics',
    content: inviteCalendar({
      method: methodOf(event),
      uid: booking.uid,
      sequence: booking.sequence ?? 0,
      start,
      end,
      summary: prospect
        ? t('emails.summary', { owner: context.owner.name })
        : t('emails.ownerSummary', { name: oneLine(lead.name) }),
      description,
      location: context.meetingLink,
      organizer: { name: context.owner.name, email: context.owner.email },
      attendee: { name: name ?? lead.email, email: lead.email },
      stamp: context.now,
      host,
    }),
  }
  return email
}

// The task that sends them.

const EMAIL_ATTEMPTS = 5

type Row = Record<string, unknown>
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows

type MessageKey = { bookingId: number; event: BookingEvent; sequence: number; recipient: Recipient }

/** Takes one message for this runner: its attempt number, or null (sent, given up, or busy). */
async function claimMessage(payload: Payload, key: MessageKey): Promise<number | null> {
  const lease = getServerEnv().JOBS_LEASE_SECONDS
  const result = await payload.db.drizzle.execute(sql`
    insert into booking_messages as m (booking_id, event, sequence, recipient, state, attempts, claimed_until)
    values (${key.bookingId}, ${key.event}, ${key.sequence}, ${key.recipient}, 'sending', 1,
            now() + make_interval(secs => ${lease}))
    on conflict (booking_id, event, sequence, recipient) do update
       set state = 'sending', attempts = m.attempts + 1, claimed_until = excluded.claimed_until
     where m.state = 'pending' or (m.state = 'sending' and m.claimed_until < now())
    returning attempts`)
  const row = rowsOf(result)[0]
  return row ? Number(row.attempts) : null
}

async function recordMessage(
  payload: Payload,
  key: MessageKey,
  state: 'sent' | 'pending' | 'failed',
  error?: string,
) {
  await payload.db.drizzle.execute(sql`
    update booking_messages
       set state = ${state}, last_error = ${error ?? null}, claimed_until = null,
           sent_at = ${state === 'sent' ? sql`now()` : sql`sent_at`}
     where booking_id = ${key.bookingId} and event = ${key.event}
       and sequence = ${key.sequence} and recipient = ${key.recipient}`)
}

/** Whether this message still says what holds: a moved or cancelled call supersedes it. */
function stillCurrent(booking: Booking, event: BookingEvent, sequence: number) {
  if (booking.sequence !== sequence) return false
  return event === 'cancel' ? booking.status === 'cancelled' : booking.status === 'confirmed'
}

/** @public The task handler, named so it can be read, traced and tested on its own. */
export const sendBookingEmails: TaskHandler<'sendBookingEmails'> = async ({ input, req }) => {
  const { payload } = req
  const event = input.event as BookingEvent
  const { docs } = await payload.find({
    collection: 'bookings',
    where: { id: { equals: input.bookingId } },
    depth: 1,
    limit: 1,
  })
  const booking = docs[0]
  // Deleted (a GDPR erasure), superseded, or a reminder for a call that no longer holds.
  if (
    !booking ||
    typeof booking.lead !== 'object' ||
    !stillCurrent(booking, event, input.sequence)
  ) {
    return { output: { sent: 0 } }
  }
  const [settings, stored] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', depth: 0 }),
    payload.findGlobal({ slug: 'availability', depth: 0 }),
  ])
  const availability = availabilityOf(stored)
  const env = getServerEnv()
  const context: EmailContext = {
    owner: {
      name: settings.ownerName,
      email: settings.contactEmail,
      language: languageOf(settings.ownerLanguage),
    },
    siteUrl: env.SITE_URL,
    callMinutes: availability.callMinutes,
    ownerTimeZone: availability.timeZone,
    meetingLink: availability.meetingLink,
    secret: env.PAYLOAD_SECRET,
    now: new Date(),
  }
  const recipients: Recipient[] = event === 'reminder' ? ['prospect'] : ['prospect', 'owner']
  const failures: string[] = []
  let sent = 0
  for (const recipient of recipients) {
    const key = { bookingId: booking.id, event, sequence: input.sequence, recipient }
    const attempt = await claimMessage(payload, key)
    if (attempt === null) continue
    const email = bookingEmail(event, recipient, booking as BookingForEmail, context)
    try {
      await payload.sendEmail(email)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await recordMessage(
        payload,
        key,
        attempt >= EMAIL_ATTEMPTS ? 'failed' : 'pending',
        message.slice(0, 1000),
      )
      failures.push(`${recipient}: ${message}`)
      continue
    }
    await recordMessage(payload, key, 'sent')
    sent += 1
  }
  if (failures.length > 0) throw new Error(`Could not send: ${failures.join('; ')}`)
  return { output: { sent } }
}

/** The task on the jobs queue; the first retry waits `retryDelayMs` (EMAIL_RETRY_DELAY_MS). */
export function sendBookingEmailsTask(retryDelayMs: number): TaskConfig<'sendBookingEmails'> {
  return {
    slug: 'sendBookingEmails',
    label: 'Send the emails of a booked call',
    inputSchema: [
      { name: 'bookingId', type: 'number', required: true },
      {
        name: 'event',
        type: 'select',
        required: true,
        options: BOOKING_EVENTS.map((value) => ({ value, label: value })),
      },
      { name: 'sequence', type: 'number', required: true },
    ],
    outputSchema: [{ name: 'sent', type: 'number' }],
    retries: {
      attempts: EMAIL_ATTEMPTS - 1,
      backoff: { type: 'exponential', delay: retryDelayMs },
    },
    handler: sendBookingEmails,
  }
}
