/**
 * The response headers the edge adds or corrects, as pure functions of the request path and what
 * Next answered: the Content-Security-Policy per kind of page, HSTS, and Cache-Control that a CDN
 * may follow.
 *
 * Public pages are pre-rendered, so their policy cannot carry a per-request nonce (that would
 * make every page dynamic). Instead the edge hashes the page's inline scripts (Next's flight data)
 * and allows exactly those: `script-src 'self' 'sha256-…'`, no 'unsafe-inline'.
 */
import crypto from 'node:crypto'

export type PageKind = 'page' | 'admin' | 'api' | 'asset'

export function kindOf(path: string): PageKind {
  if (/^\/admin(\/|$)/.test(path)) return 'admin'
  if (/^\/api(\/|$)/.test(path)) return 'api'
  if (/^\/_next\//.test(path)) return 'asset'
  return 'page'
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi

/** The CSP source of every inline script of a page (those with a `src` load from 'self'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue
    hashes.add(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
  // The admin's live preview frames the public pages; nobody else may frame anything.
  "frame-src 'self'",
  "frame-ancestors 'self'",
]

/**
 * - page: only the page's own inline scripts (by hash) and scripts from this origin;
 * - admin: Payload's admin is a client application that sets inline scripts of its own; it is
 *   for signed-in editors only and loads nothing from elsewhere;
 * - api: JSON and uploaded files: nothing in them may run (an uploaded SVG stays a picture).
 */
export function contentSecurityPolicy(
  kind: PageKind,
  options: { https: boolean; scriptHashes?: string[] },
): string | undefined {
  const upgrade = options.https ? ['upgrade-insecure-requests'] : []
  switch (kind) {
    case 'page':
      return [
        ...common,
        ["script-src 'self'", ...(options.scriptHashes ?? [])].join(' '),
        ...upgrade,
      ].join('; ')
    case 'admin':
      return [...common, "script-src 'self' 'unsafe-inline'", ...upgrade].join('; ')
    case 'api':
      return "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
    case 'asset':
      return undefined
  }
}

export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains'

/**
 * Cache-Control as a CDN should follow it, or undefined to keep Next's:
 * - a pre-rendered page (Next says `s-maxage=31536000`, meant for its own cache): a short shared
 *   lifetime (CDN_MAX_AGE) with stale-while-revalidate, so a publish shows within a minute;
 * - a file whose address changes with its content (uploads with `?v=`, images made from them):
 *   a year, immutable;
 * - anything private, dynamic or unversioned: as Next or Payload said.
 */
export function cacheControlFor(
  path: string,
  search: URLSearchParams,
  current: string | undefined,
  cdnMaxAge: number,
): string | undefined {
  const immutable = 'public, max-age=31536000, immutable'
  if (/^\/api\/media\/file\//.test(path)) {
    return search.has('v') ? immutable : `public, max-age=0, s-maxage=${cdnMaxAge}`
  }
  if (path === '/_next/image') {
    const source = search.get('url') ?? ''
    return /[?&]v=/.test(source) ? immutable : undefined
  }
  if (!current || kindOf(path) !== 'page') return undefined
  if (/\bprivate\b|no-store/.test(current) || !/s-maxage=/.test(current)) return undefined
  return `public, max-age=0, s-maxage=${cdnMaxAge}, stale-while-revalidate=${cdnMaxAge * 5}`
}
