/**
 * Form posts to public pages that Next would answer with a bare 500 (or a reset connection),
 * caught before Next sees them: a body over the limit, a body of unknown length, a foreign
 * Origin. Each is answered with the page itself (the form, and a message saying what happened)
 * under a 4xx status, never an error page. Admin and API requests are Payload's business and
 * pass untouched.
 */
import type { IncomingHttpHeaders } from 'node:http'

/** The most a public form post may carry (the contact form needs a fraction of it). */
export const FORM_BODY_LIMIT = 64 * 1024

export type Refusal = {
  status: 400 | 403 | 411 | 413
  /** Given to the page as the `x-form-refused` request header; it says why in words. */
  reason: 'foreign-origin' | 'length-required' | 'too-large' | 'unreadable'
}

export const REFUSAL_HEADER = 'x-form-refused'

/** The key of the message a form page shows for each refusal (form.refusals in the catalogs). */
export const REFUSAL_MESSAGES = {
  'too-large': 'tooLarge',
  'length-required': 'lengthRequired',
  'foreign-origin': 'foreignOrigin',
  unreadable: 'unreadable',
} as const satisfies Record<Refusal['reason'], string>

/**
 * A form rendered after a post marks the status its result calls for (400 invalid, 429 limited,
 * 503 not stored yet) with this attribute; the edge gives a post without JavaScript that status.
 * (A post with JavaScript is a server action call: Next answers it with 200 and the result.)
 */
export const FORM_STATUS_ATTRIBUTE = 'data-form-status'

const passThrough = [/^\/api(\/|$)/, /^\/admin(\/|$)/, /^\/_next\//]

/** True for the methods and paths a public page's form can post to. */
export function isPublicFormPost(method: string | undefined, path: string): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false
  return !passThrough.some((pattern) => pattern.test(path))
}

/** The host the browser addressed: what Next compares an Origin with. */
function requestHost(headers: IncomingHttpHeaders): string | undefined {
  const forwarded = headers['x-forwarded-host']
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded) ?? headers.host
  return host?.split(',')[0].trim().toLowerCase()
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase()
  } catch {
    return undefined
  }
}

/** Why a public form post must not reach Next, or null when it may. */
export function refusalOf(headers: IncomingHttpHeaders): Refusal | null {
  const origin = headers.origin
  if (origin !== undefined && originHost(origin) !== requestHost(headers)) {
    return { status: 403, reason: 'foreign-origin' }
  }
  const length = headers['content-length']
  if (length === undefined) {
    return headers['transfer-encoding'] ? { status: 411, reason: 'length-required' } : null
  }
  if (!/^\d+$/.test(length) || Number(length) > FORM_BODY_LIMIT) {
    return { status: 413, reason: 'too-large' }
  }
  return null
}

/**
 * True for a path whose percent-encoding cannot be decoded (`/articles/%E0%A4%A`): Next's router
 * throws on it and answers a bare 500. It is the client's mistake, and gets a 400.
 */
export function isMalformedPath(path: string): boolean {
  if (!path.includes('%')) return false
  try {
    decodeURIComponent(path)
    return false
  } catch {
    return true
  }
}
