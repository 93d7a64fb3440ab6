/**
 * The hidden fields a form sends along, each read on its own so that one bad value never costs
 * the others (or the lead): where the visitor came from (source page, UTM tags) and the form's
 * identity (idempotency key, signed start time, honeypot). A value that is too long is cut, one
 * that is unusable is dropped; either way a note says so, and the note is stored on the lead.
 */
import { cleanOneLine, hasLineBreak, hasUnreadable } from './schema'
import { sameOriginPath } from '@/lib/same-origin-path'

const attributionFields = {
  sourcePage: 500,
  utmSource: 200,
  utmMedium: 200,
  utmCampaign: 200,
  utmTerm: 200,
  utmContent: 200,
} as const

type AttributionField = keyof typeof attributionFields
type Attribution = Partial<Record<AttributionField, string>>

type FormIdentity = {
  idempotencyKey?: string
  formToken?: string
  /** The honeypot: people never see it, so anything in it was typed by a bot. */
  website?: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** The first value of a field sent once or several times; notes a repeat. */
function single(input: Record<string, unknown>, key: string, notes: string[]): unknown {
  const value = input[key]
  if (!Array.isArray(value)) return value
  notes.push(`${key} sent ${value.length} times, the first kept`)
  return value[0]
}

/** One attribution value: cleaned, cut to its length, or dropped when it cannot be used. */
function attributionValue(
  key: AttributionField,
  raw: unknown,
  siteUrl: string,
  notes: string[],
): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined
  if (typeof raw !== 'string') {
    notes.push(`${key} dropped (not text)`)
    return undefined
  }
  let value = cleanOneLine(raw).trim()
  if (!value) return undefined
  if (hasLineBreak(value) || hasUnreadable(value)) {
    notes.push(`${key} dropped (line break or unreadable characters)`)
    return undefined
  }
  if (key === 'sourcePage') {
    const path = sameOriginPath(value, siteUrl, '')
    if (!path) {
      notes.push('sourcePage dropped (not a page of this site)')
      return undefined
    }
    value = path
  }
  const max = attributionFields[key]
  if (value.length > max) {
    notes.push(`${key} cut to ${max} of ${value.length} characters`)
    value = value.slice(0, max)
  }
  return value
}

export function readAttribution(input: Record<string, unknown>, siteUrl: string) {
  const notes: string[] = []
  const attribution: Attribution = {}
  for (const key of Object.keys(attributionFields) as AttributionField[]) {
    const value = attributionValue(key, single(input, key, notes), siteUrl, notes)
    if (value !== undefined) attribution[key] = value
  }

  const identity: FormIdentity = {}
  const key = single(input, 'idempotencyKey', notes)
  if (typeof key === 'string' && UUID.test(key)) identity.idempotencyKey = key.toLowerCase()
  else if (key !== undefined && key !== '') notes.push('idempotencyKey ignored (malformed)')
  const token = single(input, 'formToken', notes)
  if (typeof token === 'string' && token.length <= 100) identity.formToken = token
  const website = single(input, 'website', notes)
  if (typeof website === 'string' ? website.trim() !== '' : website !== undefined)
    identity.website = String(website).slice(0, 200)

  return { attribution, identity, notes }
}
