/**
 * A page the edge holds (to hash its inline scripts) and then compresses still says where it
 * ends. A proxy in front (deploy/varnish) keeps connections alive: a body with neither
 * Content-Length nor chunked framing reached it as an empty page, which it cached.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import zlib from 'node:zlib'

import compression from 'compression'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { wrapResponse } from '@/edge/respond'

const page = `<!doctype html><html><body>${'<p>Long reading.</p>'.repeat(500)}<script>self.x=1</script></body></html>`
let server: http.Server
let port: number

beforeAll(async () => {
  const compress = compression()
  server = http.createServer((req, res) => {
    // As the edge does (src/edge/server.ts): compression only for a client that takes it.
    const accepts = /gzip/.test(req.headers['accept-encoding'] ?? '')
    const maybeCompress = accepts
      ? compress
      : (_req: never, _res: never, next: () => void) => next()
    maybeCompress(req as never, res as never, () => {
      wrapResponse(req, res, { https: false, cdnMaxAge: 60, csp: true })
      // As Next sends a page it renders: headers, then the body in pieces.
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('ETag', `"${Math.random()}"`)
      res.write(page.slice(0, 1000))
      setTimeout(() => res.end(page.slice(1000)), 5)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** One request on a kept-alive connection, read raw: the head, and everything that followed. */
function rawGet(path: string, acceptEncoding: string): Promise<{ head: string; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let received = Buffer.alloc(0)
    socket.on('data', (chunk) => (received = Buffer.concat([received, chunk])))
    socket.on('error', reject)
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: ${acceptEncoding}\r\nConnection: keep-alive\r\n\r\n`,
    )
    // The server keeps the connection open: read what arrives within a moment, then look.
    setTimeout(() => {
      socket.destroy()
      const split = received.indexOf('\r\n\r\n')
      resolve({
        head: received.subarray(0, split).toString('latin1'),
        rest: received.subarray(split + 4),
      })
    }, 300)
  })
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at)
    const size = parseInt(body.subarray(at, lineEnd).toString(), 16)
    if (!size) return Buffer.concat(parts)
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
}

describe('a held page', () => {
  for (const encoding of ['gzip', 'identity']) {
    it(`is framed on a kept-alive connection (Accept-Encoding: ${encoding})`, async () => {
      const { head, rest } = await rawGet('/articles/framing', encoding)
      const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1]
      const chunked = /\r\ntransfer-encoding: chunked/i.test(head)
      expect(Boolean(length) || chunked).toBe(true)
      const body = chunked ? unchunk(rest) : rest.subarray(0, Number(length))
      const text = /\r\ncontent-encoding: gzip/i.test(head) ? zlib.gunzipSync(body) : body
      expect(text.toString()).toBe(page)
      // A shared cache keeps the plain and the gzipped copy apart.
      expect(head).toMatch(/\r\nvary: .*accept-encoding/i)
    })
  }
})
