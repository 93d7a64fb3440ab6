/**
 * The two emails of a lead: the owner's notification (Reply-To the prospect) and the prospect's
 * confirmation. Pure functions: subject, text and HTML, with every piece of user input escaped.
 */
import { budgets, contactMethods, projectTypes } from './schema'

export type LeadForEmail = {
  name: string
  email: string
  company?: string | null
  projectType: string
  budget?: string | null
  message: string
  preferredContact: string
  telegram?: string | null
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
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim()

const labelOf = (options: readonly { value: string; label: string }[], value?: string | null) =>
  options.find((option) => option.value === value)?.label ?? value ?? ''

function rows(lead: LeadForEmail): [string, string][] {
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
      : labelOf(contactMethods, lead.preferredContact)
  const all: [string, string | null | undefined][] = [
    ['Name', lead.name],
    ['Email', lead.email],
    ['Company', lead.company],
    ['Project type', labelOf(projectTypes, lead.projectType)],
    ['Budget', lead.budget ? labelOf(budgets, lead.budget) : null],
    ['Preferred contact', contact],
    ['Came from', lead.sourcePage],
    ['UTM', utm || null],
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

/** To the owner: every field, the source article and UTM; replying answers the prospect. */
export function ownerNotification(lead: LeadForEmail, ownerEmail: string, siteName: string): Email {
  const lines = rows(lead)
  return {
    to: ownerEmail,
    replyTo: lead.email,
    subject: oneLine(`New consultation request from ${lead.name}`),
    text: [
      `New consultation request on ${siteName}.`,
      '',
      ...lines.map(([label, value]) => `${label}: ${value}`),
      '',
      'Message:',
      lead.message,
      '',
      'Reply to this email to answer them directly.',
    ].join('\n'),
    html: `<h1>New consultation request</h1>${htmlTable(lines)}<h2>Message</h2>${paragraphs(
      lead.message,
    )}<p>Reply to this email to answer them directly.</p>`,
  }
}

/** The name in the greeting: short, and only when it reads as a name (no links or addresses). */
export function greetingName(name: string): string | undefined {
  const trimmed = oneLine(name)
  if (!trimmed || /[@/:<>]|www\.|\.[a-z]{2,}\b/i.test(trimmed)) return undefined
  return trimmed.length > 40 ? `${trimmed.slice(0, 39).trimEnd()}…` : trimmed
}

/**
 * To the prospect: that the request arrived and what happens next. It carries nothing the sender
 * typed beyond a short greeting, so the site can never be used to send someone else's text to a
 * stranger's address. Replies go to the owner's contact address, not to no-reply.
 */
export function prospectConfirmation(
  lead: Pick<LeadForEmail, 'name' | 'email'>,
  owner: { name: string; email: string },
  siteName: string,
): Email {
  const name = greetingName(lead.name)
  const hello = name ? `Hello ${name},` : 'Hello,'
  const lines = [
    `thank you for your consultation request on ${siteName}; it has arrived.`,
    `What happens next: I read every request myself and reply within one business day, from ${owner.email}. If we agree that a call makes sense, we pick a time for a free 30-minute consultation.`,
    'If you want to add something, reply to this email.',
    'If you did not send this request, you can ignore this email: you will not hear from me again.',
  ]
  return {
    to: lead.email,
    replyTo: owner.email,
    subject: oneLine(`Your consultation request on ${siteName}`),
    text: [hello, '', ...lines.flatMap((line) => [line, '']), owner.name].join('\n'),
    html: `<p>${escapeHtml(hello)}</p>${lines
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('')}<p>${escapeHtml(owner.name)}</p>`,
  }
}
