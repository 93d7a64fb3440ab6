/**
 * The HTTP server the site runs in (`npm start`, `npm run dev`, the Docker image): Next's request
 * handler, behind the few things Next cannot do from inside because they need the connection or
 * the whole response:
 *
 * 1. the client's real address (TRUSTED_PROXIES, see client-address.ts), written into
 *    X-Forwarded-For so that the app (the rate limits) reads the one the server vouches for;
 * 2. public form posts never end in a bare 500 or a reset: one that is too large, of unknown
 *    length or from a foreign origin is refused (request-guard.ts), and one that Next fails on
 *    (a malformed body) is answered with the page, its form and a message, under a 4xx; a form
 *    result that calls for a 4xx/5xx (the page marks it `data-form-status`) gets that status;
 * 3. security headers, the hashed Content-Security-Policy, and CDN-correct Cache-Control
 *    (respond.ts, policies.ts), and compression after all of that;
 * 4. the languages' addresses: English at the root is `/en/…` inside Next (locale-route.ts);
 * 5. the form pages' per-visitor values, written into the page rendered once (form-stamp.ts).
 */
import crypto from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import compression from 'compression'
import next, { type NextConfig } from 'next'

import { reachableHost } from '@/lib/env'

import { clientAddress } from './client-address'
import { formPageLocale, stampBody, stampValues } from './form-stamp'
import { localeRoute } from './locale-route'
import {
  FORM_STATUS_ATTRIBUTE,
  isMalformedPath,
  isPublicFormPost,
  type Refusal,
  REFUSAL_HEADER,
  REFUSAL_MESSAGES,
  refusalOf,
} from './request-guard'
import { type EdgeSettings, wrapResponse } from './respond'

export type EdgeOptions = EdgeSettings & {
  dev: boolean
  /** Next's configuration, when there is no next.config.mjs to read (the standalone output). */
  conf?: NextConfig
  hostname: string
  port: number
  trustedProxies: number
  /** Signs each form's start time (PAYLOAD_SECRET; src/lib/form-token.ts). */
  formSecret: string
}

/** The most of a refused body that is read (and thrown away) before the connection is closed. */
const DRAIN_LIMIT = 32 * 1024 * 1024
/** Marks the edge's own requests for a page with a refusal message; nobody else can send it. */
const INTERNAL_HEADER = 'x-edge-internal'
const internalToken = crypto.randomBytes(16).toString('hex')
const ACCEPTS_COMPRESSION = /\b(gzip|br|deflate)\b/
const passThrough = (_req: unknown, _res: unknown, next: () => void) => next()
const FORM_STATUS = new RegExp(`${FORM_STATUS_ATTRIBUTE}="(4\\d\\d|5\\d\\d)"`)

/** Reads and discards a refused body, so the browser gets the answer instead of a reset. */
function drain(req: IncomingMessage): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true)
  return new Promise((resolve) => {
    let received = 0
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > DRAIN_LIMIT) {
        req.removeAllListeners('data')
        req.pause()
        resolve(false)
      }
    })
    req.once('end', () => resolve(true))
    req.once('error', () => resolve(false))
  })
}

export async function startEdgeServer(options: EdgeOptions) {
  const app = next({
    dev: options.dev,
    hostname: options.hostname,
    port: options.port,
    dir: process.cwd(),
    ...(options.conf ? { conf: options.conf } : {}),
  })
  const handle = app.getRequestHandler()
  await app.prepare()
  const compress = compression()
  const self = `http://${reachableHost(options.hostname)}:${options.port}`

  /** The page at `url` as a GET would show it, with the refusal's message above its form. */
  async function pageWithMessage(url: string, reason: Refusal['reason']) {
    const response = await fetch(`${self}${url}`, {
      headers: {
        [INTERNAL_HEADER]: internalToken,
        [REFUSAL_HEADER]: reason,
        'accept-encoding': 'identity',
      },
      redirect: 'manual',
    })
    const headers: Record<string, string> = {}
    for (const name of ['content-type', 'content-security-policy', 'x-frame-options']) {
      const value = response.headers.get(name)
      if (value) headers[name] = value
    }
    headers['cache-control'] = 'private, no-store'
    headers['cross-origin-opener-policy'] = 'same-origin'
    return { headers, body: Buffer.from(await response.arrayBuffer()) }
  }

  async function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal) {
    const drained = await drain(req)
    const page = await pageWithMessage(req.url ?? '/', refusal.reason)
    if (!drained) page.headers.connection = 'close'
    compress(req as never, res as never, () => {
      res.writeHead(refusal.status, { ...page.headers, 'content-length': page.body.length })
      res.end(page.body)
    })
  }

  /** Synchronous but for refusals: a promise per request costs on every page (async hooks). */
  function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> | undefined {
    const internal = req.headers[INTERNAL_HEADER] === internalToken
    delete req.headers[INTERNAL_HEADER]
    if (!internal) delete req.headers[REFUSAL_HEADER]
    req.headers['x-forwarded-for'] = clientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      options.trustedProxies,
    )
    delete req.headers['x-real-ip']

    const url = req.url ?? '/'
    if (isMalformedPath(url.split('?')[0])) {
      res
        .writeHead(400, {
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        })
        .end('Bad request: this address is not valid (a broken %-encoding).\n')
      return
    }
    const route = localeRoute(url)
    if (route && 'redirect' in route) {
      res
        .writeHead(308, { location: route.redirect, 'cache-control': 'public, max-age=3600' })
        .end()
      return
    }
    const path = url.split('?')[0]
    const search = url.slice(path.length)
    const formLocale = formPageLocale(path)
    const formPost = isPublicFormPost(req.method, path)
    const refusal = formPost ? refusalOf(req.headers) : null
    if (refusal) return refuse(req, res, refusal)

    // Compression only for clients that take it (compression() would wrap the response anyway).
    const compressIfAccepted = ACCEPTS_COMPRESSION.test(req.headers['accept-encoding'] ?? '')
      ? compress
      : passThrough
    compressIfAccepted(req as never, res as never, () => {
      const withJavaScript = req.headers['next-action'] !== undefined
      const reason = req.headers[REFUSAL_HEADER]
      const refused =
        typeof reason === 'string' && Object.hasOwn(REFUSAL_MESSAGES, reason)
          ? (reason as Refusal['reason'])
          : undefined
      const stamp = formLocale
        ? (body: Buffer) =>
            stampBody(body, stampValues(search, formLocale, refused, options.formSecret))
        : undefined
      const wrapped = wrapResponse(
        req,
        res,
        options,
        stamp,
        formPost
          ? ({ status, body, html }) => {
              if (status >= 500) {
                // Next could not read the post (a malformed body): the form again, and a 400.
                // The public address: req.url is Next's by now (/en/… for English).
                void pageWithMessage(url, 'unreadable').then(
                  (page) => wrapped.replace(400, page.headers, page.body),
                  () =>
                    wrapped.replace(
                      400,
                      { 'content-type': 'text/plain' },
                      Buffer.from('Bad request'),
                    ),
                )
                return { send: false }
              }
              const marked =
                !withJavaScript && html ? FORM_STATUS.exec(body.toString('utf8')) : null
              return { send: true, status: marked ? Number(marked[1]) : undefined }
            }
          : undefined,
      )
      if (route) req.url = route.rewrite
      void handle(req, res)
    })
  }

  const server = http.createServer((req, res) => {
    const fail = (error: unknown) => {
      console.error('[edge]', error)
      if (!res.headersSent) res.writeHead(500).end()
    }
    try {
      onRequest(req, res)?.catch(fail)
    } catch (error) {
      fail(error)
    }
  })
  if (options.dev) server.on('upgrade', app.getUpgradeHandler())
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve))
  return { server, app }
}
