/**
 * A lead's two emails: what they say (pure functions: subject, text and HTML, every piece of user
 * input escaped) and the queued task that sends them, `sendLeadEmails`: the owner's notification
 * (Reply-To the prospect), then the prospect's confirmation.
 *
 * Each email is sent exactly once, whatever runs the queue (the server's cron, `npm run jobs`,
 * the submission's own "send now", several replicas): before sending, a runner claims the email
 * in the lead's row with one conditional UPDATE (state → sending, with a lease of
 * JOBS_LEASE_SECONDS). A second runner finds it busy and leaves it. A runner that dies mid-send
 * leaves a claim that expires after the lease; the email is then taken up again.
 * (The one window left: SMTP accepted the mail and the process died before recording it; that
 * email may go twice, never zero times.)
 *
 * A failure throws, and the jobs queue tries again with exponential backoff (5 attempts in all).
 * Should a lead's job end while an email is still unsent (its runner died, or the database did),
 * `requeueStrandedEmails` gives it a new one. At most one confirmation goes to an address per
 * day, however many requests name it.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig, TaskHandler } from 'payload'

import { retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import { getServerEnv } from '@/lib/env'

import { messagesOf, translator } from '@/i18n/translate'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/locales'

export type LeadForEmail = {
  name: string
  email: string
  company?: string | null
  projectType: string
  budget?: string | null
  message: string
  preferredContact: string
  telegram?: string | null
  /** The language the prospect wrote in (the form's page). */
  language?: string | null
  sourcePage?: string | null
  utmSource?: string | null
  utmMedium?: string | null
  utmCampaign?: string | null
  utmTerm?: string | null
  utmContent?: string | null
  createdAt?: string | null
}

export type Email = { to: string; replyTo?: string; subject: string; text: string; html: string }

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char])
}

/** Subjects are one line whatever the input (the schema already refuses CR/LF). */
export const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim()

/** A stored language, or English for a lead from before languages (or anything odd). */
export const languageOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE)

/** An option's label in `locale`, or the stored value itself if it is no known option. */
const labelOf = (labels: Record<string, string>, value?: string | null) =>
  (value && Object.hasOwn(labels, value) ? labels[value] : value) ?? ''

function rows(lead: LeadForEmail, locale: Locale): [string, string][] {
  const form = messagesOf(locale).form
  const label = messagesOf(locale).emails.fields
  const utm = (
    [
      ['source', lead.utmSource],
      ['medium', lead.utmMedium],
      ['campaign', lead.utmCampaign],
      ['term', lead.utmTerm],
      ['content', lead.utmContent],
    ] as const
  )
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ')
  const contact =
    lead.preferredContact === 'telegram' && lead.telegram
      ? `Telegram (${lead.telegram})`
      : labelOf(form.contactMethods, lead.preferredContact)
  // In the reader's own words too: "Spanish (español)".
  const language = languageOf(lead.language)
  const languageName = `${new Intl.DisplayNames([locale], { type: 'language' }).of(language)} (${new Intl.DisplayNames([language], { type: 'language' }).of(language)})`
  const all: [string, string | null | undefined][] = [
    [label.name, lead.name],
    [label.email, lead.email],
    [label.company, lead.company],
    [label.projectType, labelOf(form.projectTypes, lead.projectType)],
    [label.budget, lead.budget ? labelOf(form.budgets, lead.budget) : null],
    [label.preferredContact, contact],
    [label.language, languageName],
    [label.cameFrom, lead.sourcePage],
    [label.utm, utm || null],
  ]
  return all.filter((row): row is [string, string] => Boolean(row[1]))
}

function htmlTable(lines: [string, string][]) {
  return `<table cellpadding="6" style="border-collapse:collapse">${lines
    .map(
      ([label, value]) =>
        `<tr><th align="left" valign="top">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    )
    .join('')}</table>`
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('')

/**
 * To the owner, in the owner's language (a site setting): every field, the language the
 * prospect wrote in, the source article and UTM; replying answers the prospect.
 */
export function ownerNotification(
  lead: LeadForEmail,
  ownerEmail: string,
  siteName: string,
  locale: Locale = DEFAULT_LOCALE,
): Email {
  const t = translator(locale, 'emails')
  const lines = rows(lead, locale)
  return {
    to: ownerEmail,
    replyTo: lead.email,
    subject: oneLine(t('ownerSubject', { name: lead.name })),
    text: [
      t('ownerIntro', { siteName }),
      '',
      ...lines.map(([label, value]) => `${label}: ${value}`),
      '',
      `${t('messageHeading')}:`,
      lead.message,
      '',
      t('replyHint'),
    ].join('\n'),
    html: `<h1>${escapeHtml(t('ownerHeading'))}</h1>${htmlTable(lines)}<h2>${escapeHtml(
      t('messageHeading'),
    )}</h2>${paragraphs(lead.message)}<p>${escapeHtml(t('replyHint'))}</p>`,
  }
}

/** The name in the greeting: short, and only when it reads as a name (no links or addresses). */
export function greetingName(name: string): string | undefined {
  const trimmed = oneLine(name)
  if (!trimmed || /[@/:<>]|www\.|\.[a-z]{2,}\b/i.test(trimmed)) return undefined
  return trimmed.length > 40 ? `${trimmed.slice(0, 39).trimEnd()}…` : trimmed
}

/**
 * To the prospect, in the language they wrote in: that the request arrived and what happens
 * next. It carries nothing the sender typed beyond a short greeting, so the site can never be
 * used to send someone else's text to a stranger's address. Replies go to the owner's contact
 * address, not to no-reply.
 */
export function prospectConfirmation(
  lead: Pick<LeadForEmail, 'name' | 'email' | 'language'>,
  owner: { name: string; email: string },
  siteName: string,
): Email {
  const t = translator(languageOf(lead.language), 'emails')
  const name = greetingName(lead.name)
  const hello = name ? t('helloName', { name }) : t('hello')
  const lines = [
    t('confirmationArrived', { siteName }),
    t('confirmationNext', { email: owner.email }),
    t('confirmationAdd'),
    t('confirmationNotYou'),
  ]
  return {
    to: lead.email,
    replyTo: owner.email,
    subject: oneLine(t('confirmationSubject', { siteName })),
    text: [hello, '', ...lines.flatMap((line) => [line, '']), owner.name].join('\n'),
    html: `<p>${escapeHtml(hello)}</p>${lines
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('')}<p>${escapeHtml(owner.name)}</p>`,
  }
}

// The task that sends them.

const EMAIL_ATTEMPTS = 5
/** How long a runner keeps trying to record a sent email while the database is away. */
const RECORD_SENT_WITHIN_MS = 120_000

const columnOf = { owner: 'owner_email', confirmation: 'confirmation_email' } as const
export type EmailKind = keyof typeof columnOf

type Row = Record<string, unknown>
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows

/**
 * Takes the email for this runner: its attempt number; 'busy' while another runner's claim
 * holds; 'done' when there is nothing left to send (sent, failed for good, or not to be sent).
 * The lease outlasts the slowest send (the SMTP timeouts in src/lib/mail.ts: under a minute).
 */
export async function claimEmail(
  payload: Payload,
  leadId: number,
  kind: EmailKind,
): Promise<number | 'busy' | 'done'> {
  const c = sql.raw(columnOf[kind])
  const lease = getServerEnv().JOBS_LEASE_SECONDS
  const result = await payload.db.drizzle.execute(sql`
    update leads
       set ${c}_state = 'sending',
           ${c}_claimed_until = now() + make_interval(secs => ${lease}),
           ${c}_attempts = coalesce(${c}_attempts, 0) + 1
     where id = ${leadId}
       and (${c}_state = 'pending' or (${c}_state = 'sending' and ${c}_claimed_until < now()))
 returning ${c}_attempts as attempts`)
  const row = rowsOf(result)[0]
  if (row) return Number(row.attempts)
  const state = rowsOf(
    await payload.db.drizzle.execute(
      sql`select ${c}_state as state from leads where id = ${leadId}`,
    ),
  )[0]?.state
  return state === 'sending' ? 'busy' : 'done'
}

/**
 * Leads with an email still to send (pending, or claimed by a runner whose lease ran out) and no
 * job left to send it: each gets a new job. Run every so often (src/server/stale-jobs.ts).
 */
export async function requeueStrandedEmails(payload: Payload): Promise<number> {
  const stranded = rowsOf(
    await payload.db.drizzle.execute(sql`
      select l.id from leads l
       where (l.owner_email_state = 'pending'
              or l.owner_email_state = 'sending' and l.owner_email_claimed_until < now()
              or l.confirmation_email_state = 'pending'
              or l.confirmation_email_state = 'sending' and l.confirmation_email_claimed_until < now())
         and not exists (
               select 1 from payload_jobs j
                where j.task_slug = 'sendLeadEmails'
                  and j.completed_at is null
                  and j.has_error is not true
                  and (j.input ->> 'leadId')::numeric = l.id)
       limit 100`),
  )
  for (const { id } of stranded) {
    await payload.jobs.queue({ task: 'sendLeadEmails', input: { leadId: Number(id) } })
  }
  if (stranded.length > 0) {
    payload.logger.warn(
      `Queued the emails of ${stranded.length} lead(s) again; their job had ended.`,
    )
  }
  return stranded.length
}

/** Records how the claimed email went, and releases the claim. */
async function recordEmail(
  payload: Payload,
  leadId: number,
  kind: EmailKind,
  outcome: { state: 'sent' | 'pending' | 'failed' | 'duplicate'; error?: string },
) {
  const c = sql.raw(columnOf[kind])
  await payload.db.drizzle.execute(sql`
    update leads
       set ${c}_state = ${outcome.state},
           ${c}_last_error = ${outcome.error ?? null},
           ${c}_sent_at = ${outcome.state === 'sent' ? sql`now()` : sql`${c}_sent_at`},
           ${c}_claimed_until = null
     where id = ${leadId}`)
}

/**
 * True when another request already got a confirmation at this address in the last day (or an
 * older request of the same address is sending its own right now).
 */
async function confirmedToday(payload: Payload, leadId: number, email: string) {
  const result = await payload.db.drizzle.execute(sql`
    select 1 from leads
     where email = ${email} and id <> ${leadId}
       and (confirmation_email_state = 'sent' and confirmation_email_sent_at > now() - interval '1 day'
            or confirmation_email_state = 'sending' and id < ${leadId})
     limit 1`)
  return rowsOf(result).length > 0
}

/** @public The task handler, named so it can be read, traced and tested on its own. */
export const sendLeadEmails: TaskHandler<'sendLeadEmails'> = async ({ input, req }) => {
  const { payload } = req
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const lead = (await payload.findByID({
    collection: 'leads',
    id: input.leadId,
    depth: 0,
  })) as unknown as LeadForEmail & { id: number }
  const failures: string[] = []
  for (const kind of Object.keys(columnOf) as EmailKind[]) {
    const attempts = await claimEmail(payload, lead.id, kind)
    if (attempts === 'done') continue
    // Another runner is sending it. Should that runner die, its claim expires and
    // requeueStrandedEmails gives the lead a new job.
    if (attempts === 'busy') continue
    if (kind === 'confirmation' && (await confirmedToday(payload, lead.id, lead.email))) {
      await recordEmail(payload, lead.id, kind, { state: 'duplicate' })
      continue
    }
    const email =
      kind === 'owner'
        ? ownerNotification(
            lead,
            settings.contactEmail,
            settings.siteName,
            languageOf(settings.ownerLanguage),
          )
        : prospectConfirmation(
            lead,
            { name: settings.ownerName, email: settings.contactEmail },
            settings.siteName,
          )
    try {
      await payload.sendEmail({
        to: email.to,
        replyTo: email.replyTo,
        subject: email.subject,
        text: email.text,
        html: email.html,
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const state = attempts >= EMAIL_ATTEMPTS ? 'failed' : 'pending'
      await recordEmail(payload, lead.id, kind, { state, error: message.slice(0, 1000) })
      failures.push(`${kind}: ${message}`)
      continue
    }
    // Sent: that must be recorded, or the email goes again once the claim expires. Through a
    // database restart, keep trying, past the lease if need be: once the database is back this
    // runner records within a second, before another runner's next round could take the email.
    await retryWhileDatabaseUnavailable(
      () => recordEmail(payload, lead.id, kind, { state: 'sent' }),
      RECORD_SENT_WITHIN_MS,
    )
  }
  if (failures.length > 0) throw new Error(`Could not send: ${failures.join('; ')}`)
  return { output: {} }
}

/** The task on the jobs queue; the first retry waits `retryDelayMs` (EMAIL_RETRY_DELAY_MS). */
export function sendLeadEmailsTask(retryDelayMs: number): TaskConfig<'sendLeadEmails'> {
  return {
    slug: 'sendLeadEmails',
    label: 'Send the emails of a lead',
    inputSchema: [{ name: 'leadId', type: 'number', required: true }],
    retries: {
      attempts: EMAIL_ATTEMPTS - 1,
      backoff: { type: 'exponential', delay: retryDelayMs },
    },
    handler: sendLeadEmails,
  }
}
