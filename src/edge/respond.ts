/**
 * Wraps one response on its way out of Next: adds the security headers, corrects Cache-Control,
 * and holds the body of an HTML page until it is complete, so that the page's inline scripts can
 * be hashed into its Content-Security-Policy. The held page gets its ETag here, from a native
 * hash of its bytes (Next's own ETag is a JavaScript loop over every character, which showed as a
 * sixth of a cached article's time in a CPU profile: next.config.mjs turns it off); a version of a
 * page seen before (same ETag) has its policy at once, so the scripts are read once per version
 * of a page, not once per request. A request that already holds that version gets a 304.
 *
 * A held response can be looked at before it goes (`review`): the edge uses that for form posts,
 * to give a page the status its form result calls for, or to replace a 5xx with the form.
 *
 * A form page's responses are always held and `stamp`ed with their visitor's values (HTML and
 * flight data alike, see form-stamp.ts); being per visitor, they carry no ETag and are private.
 */
import crypto from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import {
  cacheControlFor,
  contentSecurityPolicy,
  inlineScriptHashes,
  kindOf,
  STRICT_TRANSPORT_SECURITY,
} from './policies'

export type EdgeSettings = {
  https: boolean
  cdnMaxAge: number
  /** No Content-Security-Policy under `next dev` (its hot reload evaluates code). */
  csp: boolean
}

/** What to do with a held response: send it (perhaps with another status), or nothing (replaced). */
export type Review = (held: {
  status: number
  body: Buffer
  html: boolean
}) => { send: true; status?: number } | { send: false }

const NO_QUERY = new URLSearchParams()
/** What the edge's compression packs (compressible types), and so what varies by encoding. */
const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|ld\+json|manifest\+json)|image\/svg\+xml)/i

function varyOnAcceptEncoding(res: ServerResponse) {
  const vary = [res.getHeader('vary') ?? []].flat().join(',')
  const names = vary.split(',').map((name) => name.trim().toLowerCase())
  if (names.includes('accept-encoding') || names.includes('*')) return
  res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}
const policyByEtag = new Map<string, string>()
const POLICY_CACHE_SIZE = 1_000

function pagePolicy(body: Buffer, etag: string | undefined, https: boolean) {
  const cached = etag && policyByEtag.get(etag)
  if (cached) return cached
  const scriptHashes = inlineScriptHashes(body.toString('utf8'))
  const policy = contentSecurityPolicy('page', { https, scriptHashes })!
  if (etag) {
    if (policyByEtag.size >= POLICY_CACHE_SIZE) policyByEtag.clear()
    policyByEtag.set(etag, policy)
  }
  return policy
}

/** A strong validator of exactly these bytes (SHA-1 is native: ~0.1 ms for a long article). */
const etagOf = (body: Buffer) => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`

/** Whether the request's If-None-Match names `etag` (or `*`). */
function alreadyHeld(req: IncomingMessage, etag: string) {
  const given = req.headers['if-none-match']
  if (!given) return false
  return given
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
}

type Chunk = string | Buffer | Uint8Array
type Callback = (error?: Error | null) => void
const callbackOf = (...args: unknown[]) =>
  args.find((arg) => typeof arg === 'function') as Callback | undefined
const encodingOf = (arg: unknown) => (typeof arg === 'string' ? (arg as BufferEncoding) : undefined)

export function wrapResponse(
  req: IncomingMessage,
  res: ServerResponse,
  settings: EdgeSettings,
  stamp?: (body: Buffer) => Buffer,
  review?: Review,
) {
  // The path and query by hand: a URL object per request shows in the profile of a cached page.
  const target = req.url ?? '/'
  const mark = target.indexOf('?')
  const pathname = mark === -1 ? target : target.slice(0, mark)
  const query = mark === -1 ? NO_QUERY : new URLSearchParams(target.slice(mark + 1))
  const kind = kindOf(pathname)
  // The methods as they are now (compression may have wrapped them), called on `res` below.
  const original = {
    writeHead: res.writeHead as (this: ServerResponse, status: number) => ServerResponse,
    write: res.write as (this: ServerResponse, ...args: unknown[]) => boolean,
    end: res.end as (this: ServerResponse, ...args: unknown[]) => ServerResponse,
    flushHeaders: res.flushHeaders as (this: ServerResponse) => void,
  }

  let decided = false
  let holding = false
  let html = false
  const held: Buffer[] = []

  /** Runs once, when the headers are about to go: sets ours, and decides whether to hold. */
  function decide() {
    if (decided) return
    decided = true
    const cacheControl = cacheControlFor(
      pathname,
      query,
      res.getHeader('cache-control')?.toString(),
      settings.cdnMaxAge,
    )
    if (cacheControl) res.setHeader('Cache-Control', cacheControl)
    if (stamp) {
      // Per visitor: never a validator a shared cache could hand to another one.
      res.setHeader('Cache-Control', 'private, no-store')
      res.removeHeader('etag')
    }
    // A redirect rendered on demand (permanentRedirect() in a page Next had not cached yet)
    // carries its Location twice; one is what a client expects.
    const location = res.getHeader('location')
    if (Array.isArray(location) && new Set(location).size === 1)
      res.setHeader('Location', location[0])
    if (settings.https) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    html = /^text\/html/i.test(res.getHeader('content-type')?.toString() ?? '')
    // Compressed or not, the body depends on Accept-Encoding: a shared cache (a CDN, the replicas'
    // Varnish) must not give the plain copy it got for one client to a client that takes gzip.
    if (COMPRESSIBLE.test(res.getHeader('content-type')?.toString() ?? '')) {
      varyOnAcceptEncoding(res)
    }
    const hashPage = settings.csp && kind === 'page' && html && req.method !== 'HEAD'
    holding = hashPage || review !== undefined || stamp !== undefined
    if (!settings.csp || hashPage) return
    const policy = contentSecurityPolicy(kind, { https: settings.https })
    if (policy && (html || kind === 'api')) res.setHeader('Content-Security-Policy', policy)
  }

  function hold(chunk: unknown, encoding?: BufferEncoding) {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    held.push(
      typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Chunk),
    )
  }

  function release(done?: Callback) {
    const whole = Buffer.concat(held)
    const body = stamp && req.method !== 'HEAD' ? stamp(whole) : whole
    const verdict = review?.({ status: res.statusCode, body, html }) ?? { send: true }
    if (!verdict.send) {
      done?.()
      return res
    }
    if (verdict.status) res.statusCode = verdict.status
    // A page the same for everyone (not stamped, not a form's answer) is one version of it.
    const etag =
      html && !stamp && !review && res.statusCode === 200 && req.method === 'GET'
        ? etagOf(body)
        : undefined
    if (etag) res.setHeader('ETag', etag)
    if (settings.csp && kind === 'page' && html && !res.hasHeader('content-security-policy')) {
      res.setHeader('Content-Security-Policy', pagePolicy(body, etag, settings.https))
    }
    if (etag && alreadyHeld(req, etag)) {
      for (const name of ['content-length', 'content-type', 'transfer-encoding']) {
        res.removeHeader(name)
      }
      original.writeHead.call(res, 304)
      original.end.call(res)
      if (done) res.once('finish', () => done())
      return res
    }
    // Only a header that is there is removed: removing it marks the response as unframed for
    // Node, and compression (around this) then drops Content-Length too, which left a gzipped
    // page with neither, on a kept-alive connection: Varnish read it as empty and cached that.
    if (res.hasHeader('transfer-encoding')) res.removeHeader('transfer-encoding')
    res.setHeader('Content-Length', body.length)
    original.writeHead.call(res, res.statusCode)
    original.end.call(res, body)
    if (done) res.once('finish', () => done())
    return res
  }

  res.writeHead = function writeHead(
    status: number,
    reasonOrHeaders?: string | OutgoingHttpHeaders | unknown[],
    maybeHeaders?: OutgoingHttpHeaders | unknown[],
  ) {
    const headers = typeof reasonOrHeaders === 'string' ? maybeHeaders : reasonOrHeaders
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) res.setHeader(name, value)
      }
    }
    res.statusCode = status
    decide()
    return holding ? res : original.writeHead.call(res, status)
  } as ServerResponse['writeHead']

  res.write = function write(chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide()
    if (!holding) return original.write.call(res, chunk, encoding, callback)
    hold(chunk, encodingOf(encoding))
    const done = callbackOf(encoding, callback)
    if (done) process.nextTick(done)
    return true
  } as ServerResponse['write']

  res.end = function end(chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide()
    if (!holding) return original.end.call(res, chunk, encoding, callback)
    hold(chunk, encodingOf(encoding))
    return release(callbackOf(chunk, encoding, callback))
  } as ServerResponse['end']

  // Next flushes streamed pages as it goes; while a page is held there is nothing to flush.
  res.flushHeaders = () => {
    decide()
    if (!holding) original.flushHeaders.call(res)
  }

  return {
    /** Answers with this instead of what Next made (after a review said not to send it). */
    replace(status: number, headers: Record<string, string>, body: Buffer) {
      for (const name of res.getHeaderNames()) res.removeHeader(name)
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      res.setHeader('Content-Length', body.length)
      original.writeHead.call(res, status)
      original.end.call(res, body)
    },
  }
}
