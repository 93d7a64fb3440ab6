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

/** To the prospect: what they sent, and what happens next. */
export function prospectConfirmation(
  lead: LeadForEmail,
  ownerName: string,
  siteName: string,
): Email {
  const summary = rows(lead).filter(([label]) =>
    ['Company', 'Project type', 'Budget', 'Preferred contact'].includes(label),
  )
  return {
    to: lead.email,
    subject: oneLine(`Thanks for your request, ${lead.name}`),
    text: [
      `Hello ${lead.name},`,
      '',
      `thank you for your consultation request on ${siteName}. I will reply within one business day.`,
      '',
      'What you sent:',
      ...summary.map(([label, value]) => `${label}: ${value}`),
      '',
      lead.message,
      '',
      `${ownerName}`,
    ].join('\n'),
    html: `<p>Hello ${escapeHtml(lead.name)},</p><p>thank you for your consultation request on ${escapeHtml(
      siteName,
    )}. I will reply within one business day.</p><h2>What you sent</h2>${htmlTable(summary)}${paragraphs(
      lead.message,
    )}<p>${escapeHtml(ownerName)}</p>`,
  }
}
