/**
 * What a form page (the contact form, the booking form) takes from its address: the query as it
 * came, for the form's own address (a post without JavaScript keeps its attribution), and the
 * attribution values for its hidden fields.
 */
type SearchParams = Record<string, string | string[] | undefined>

/**
 * A query value as a form's hidden field: the first one, capped so that a huge link cannot bloat
 * the page. The server action reads each hidden field on its own (leads/attribution.ts): it
 * cuts, drops and notes, so nothing here can cost the lead.
 */
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.slice(0, 2000)

/** The query as it came (`?from=…&utm_source=…`), or '' without one. */
export function queryOf(params: SearchParams): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      query.append(key, one)
    }
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The page the visitor came from and the campaign tags, as the form's hidden fields. */
export function attributionOf(params: SearchParams) {
  return {
    sourcePage: first(params.from),
    utmSource: first(params.utm_source),
    utmMedium: first(params.utm_medium),
    utmCampaign: first(params.utm_campaign),
    utmTerm: first(params.utm_term),
    utmContent: first(params.utm_content),
  }
}
