/**
 * Next no longer hashes each response in JavaScript (generateEtags: false); the edge gives a
 * page the same for everyone an ETag from its bytes, a client that holds that version a 304, and
 * a page that differs per response (a stamped form page) none.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { wrapResponse } from '@/edge/respond'

let server: http.Server
let base: string
let body = '<!doctype html><p>First version</p><script>self.a=1</script>'

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const stamp = req.url === '/stamped' ? (held: Buffer) => held : undefined
    wrapResponse(req, res, { https: false, cdnMaxAge: 60, csp: true }, stamp)
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('a page’s ETag', () => {
  it('names its bytes: the same for the same page, another for another version', async () => {
    const first = await fetch(`${base}/page`)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{27}"$/)
    expect(await first.text()).toBe(body)
    expect((await fetch(`${base}/page`)).headers.get('etag')).toBe(etag)
    expect(first.headers.get('content-security-policy')).toContain("'sha256-")

    const unchanged = await fetch(`${base}/page`, { headers: { 'If-None-Match': etag! } })
    expect(unchanged.status).toBe(304)
    expect(await unchanged.text()).toBe('')
    expect(unchanged.headers.get('etag')).toBe(etag)

    body = '<!doctype html><p>Second version</p><script>self.a=2</script>'
    const changed = await fetch(`${base}/page`, { headers: { 'If-None-Match': etag! } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(await changed.text()).toBe(body)
  })

  it('is not given to a page stamped per response', async () => {
    const stamped = await fetch(`${base}/stamped`)
    expect(stamped.headers.get('etag')).toBeNull()
    expect(stamped.headers.get('cache-control')).toBe('private, no-store')
  })
})
