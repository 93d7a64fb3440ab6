/**
 * The form pages (contact, booking) are rendered once per content version, like every other
 * page, and the edge writes into each response what must differ per visitor: a new form's
 * idempotency key and signed start time, the campaign query the visitor came with (the form's
 * hidden `campaign` field, and the link to the other form), and a refused post's message
 * (src/edge/form-stamp.ts). A CPU profile showed a per-request render costing five times a
 * static page's; this file names the placeholders and says which values may stand in for them.
 *
 * A value that replaces a placeholder lands both in HTML (attributes, text) and in the page's
 * flight data (a JSON string in a script): it must need no escaping in any of them, which every
 * value here guarantees (`isPlainStampValue`).
 */

/** What the pages render where the edge writes per-request values. Unique, and plain. */
export const FORM_STAMPS = {
  idempotencyKey: '__form_idempotency_key__',
  formToken: '__form_token__',
  /** `?from=…&utm_source=…`, or nothing. */
  query: '__form_query__',
  /** A refused post's message, or nothing. */
  refusal: '__form_refusal__',
} as const

export type FormStampValues = Record<keyof typeof FORM_STAMPS, string>

/** The query parameters a form page carries on to its post and to the other form. */
const ATTRIBUTION_PARAMETERS = {
  from: 'sourcePage',
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_term: 'utmTerm',
  utm_content: 'utmContent',
} as const

type AttributionField = (typeof ATTRIBUTION_PARAMETERS)[keyof typeof ATTRIBUTION_PARAMETERS]

/** So that a huge link cannot bloat the page (the action cuts each field further). */
const MAX_VALUE = 2000

function attributionParameters(search: string): URLSearchParams {
  const given = new URLSearchParams(search)
  const kept = new URLSearchParams()
  for (const name of Object.keys(ATTRIBUTION_PARAMETERS)) {
    const value = given.get(name)
    if (value) kept.set(name, value.slice(0, MAX_VALUE))
  }
  return kept
}

/**
 * The campaign part of a page's query (`?from=…&utm_source=…`, first value of each), or '':
 * url-encoded, so only letters, digits and `*-._+%=&?` remain (plain in HTML and in JSON).
 */
export function attributionQuery(search: string): string {
  const text = attributionParameters(search).toString()
  return text ? `?${text}` : ''
}

/** The same query as the lead's fields (the page the visitor came from, the campaign tags). */
export function attributionFields(search: string): Partial<Record<AttributionField, string>> {
  const fields: Partial<Record<AttributionField, string>> = {}
  for (const [name, value] of attributionParameters(search)) {
    fields[ATTRIBUTION_PARAMETERS[name as keyof typeof ATTRIBUTION_PARAMETERS]] = value
  }
  return fields
}

/** Text that reads the same as HTML text, an HTML attribute and a JSON string in a script. */
export function isPlainStampValue(value: string): boolean {
  return !/[<>&"'\\\u0000-\u001f\u2028\u2029]/.test(value.replace(/&(?=[a-z_]+=)/g, ''))
}
