/**
 * The edge's pure rules: whose address a request is (TRUSTED_PROXIES), which form posts never
 * reach Next, and the headers pages leave with (CSP hashes, Cache-Control a CDN follows).
 */
import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { clientAddress } from '@/edge/client-address'
import { cacheControlFor, contentSecurityPolicy, inlineScriptHashes } from '@/edge/policies'
import { FORM_BODY_LIMIT, isMalformedPath, isPublicFormPost, refusalOf } from '@/edge/request-guard'

describe('the client address', () => {
  it('with no trusted proxy is the TCP peer, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', 0)).toBe('203.0.113.9')
    expect(clientAddress('::ffff:203.0.113.9', undefined, 0)).toBe('203.0.113.9')
    expect(clientAddress('2001:db8::1', ['1.2.3.4', '5.6.7.8'], 0)).toBe('2001:db8::1')
    expect(clientAddress(undefined, '1.2.3.4', 0)).toBe('unknown')
  })

  it('with N trusted proxies is the N-th entry from the right; the client cannot choose it', () => {
    // The client forged "1.2.3.4"; the one proxy appended the address it saw.
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.7', 1)).toBe('198.51.100.7')
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.1', 2)).toBe('198.51.100.7')
    expect(clientAddress('10.0.0.2', ['1.2.3.4', '198.51.100.7'], 1)).toBe('198.51.100.7')
    expect(clientAddress('10.0.0.2', ' 198.51.100.7:5123 ', 1)).toBe('198.51.100.7')
  })

  it('with fewer entries than proxies takes the leftmost, and with none the peer', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.7', 3)).toBe('198.51.100.7')
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2')
    expect(clientAddress('10.0.0.2', ' , ', 1)).toBe('10.0.0.2')
  })
})

describe('addresses the router cannot decode', () => {
  it('are told apart from well-formed ones', () => {
    for (const path of ['/articles/%E0%A4%A', '/%', '/a%zz', '/%C0']) {
      expect(isMalformedPath(path), path).toBe(true)
    }
    for (const path of ['/articles/x', '/a%20b', '/es/art%C3%ADculos', '/%25']) {
      expect(isMalformedPath(path), path).toBe(false)
    }
  })
})

describe('public form posts the edge answers itself', () => {
  const site = { host: 'pau.example' }

  it('are posts to pages, not to the admin, the API or Next assets', () => {
    expect(isPublicFormPost('POST', '/contact')).toBe(true)
    expect(isPublicFormPost('PUT', '/articles/x')).toBe(true)
    expect(isPublicFormPost('GET', '/contact')).toBe(false)
    expect(isPublicFormPost('POST', '/admin/collections/articles')).toBe(false)
    expect(isPublicFormPost('POST', '/api/media')).toBe(false)
    expect(isPublicFormPost('POST', '/_next/image')).toBe(false)
    expect(isPublicFormPost('POST', '/administrator')).toBe(true)
  })

  it('refuse a foreign Origin (403), a body over the limit (413) or of unknown length (411)', () => {
    const ok = { ...site, 'content-length': '1200' }
    expect(refusalOf({ ...ok, origin: 'https://pau.example' })).toBeNull()
    expect(refusalOf(ok)).toBeNull()
    expect(refusalOf({ ...ok, origin: 'https://evil.example' })).toEqual({
      status: 403,
      reason: 'foreign-origin',
    })
    expect(refusalOf({ ...ok, origin: 'null' })?.status).toBe(403)
    expect(
      refusalOf({ ...ok, origin: 'https://pau.example', 'x-forwarded-host': 'evil.example' })
        ?.status,
    ).toBe(403)
    expect(refusalOf({ ...site, 'content-length': String(FORM_BODY_LIMIT + 1) })?.status).toBe(413)
    expect(refusalOf({ ...site, 'content-length': '12e9' })?.status).toBe(413)
    expect(refusalOf({ ...site, 'transfer-encoding': 'chunked' })?.status).toBe(411)
  })
})

describe('the Content-Security-Policy', () => {
  const html =
    '<html><head><script src="/_next/static/a.js" async></script><script>self.__next_f=[]</script>' +
    '</head><body><script type="application/ld+json">{"a":1}</script>' +
    '<script>self.__next_f.push([1,"x"])</script><script>self.__next_f.push([1,"x"])</script></body></html>'
  const sha = (text: string) =>
    `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`

  it('allows exactly the inline scripts of the page, by hash, and no unsafe-inline', () => {
    const hashes = inlineScriptHashes(html)
    expect(hashes).toEqual([
      sha('self.__next_f=[]'),
      sha('{"a":1}'),
      sha('self.__next_f.push([1,"x"])'),
    ])
    const policy = contentSecurityPolicy('page', { https: true, scriptHashes: hashes })!
    const scriptSrc = policy.split('; ').find((part) => part.startsWith('script-src'))!
    expect(scriptSrc).toBe(`script-src 'self' ${hashes.join(' ')}`)
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain('upgrade-insecure-requests')
    expect(contentSecurityPolicy('page', { https: false })).not.toContain('upgrade-insecure')
  })

  it('keeps uploaded files and API answers inert', () => {
    expect(contentSecurityPolicy('api', { https: true })).toMatch(/^default-src 'none';.*sandbox/)
  })
})

describe('Cache-Control a CDN can follow', () => {
  const none = new URLSearchParams()
  const nextStatic = 's-maxage=31536000'

  it('gives pre-rendered pages a short shared lifetime with stale-while-revalidate', () => {
    expect(cacheControlFor('/articles/x', none, nextStatic, 60)).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    )
    expect(
      cacheControlFor('/feed.xml', none, 's-maxage=31536000, stale-while-revalidate', 30),
    ).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=150')
  })

  it('leaves private and dynamic answers (the contact page, drafts, the admin) alone', () => {
    const dynamic = 'private, no-cache, no-store, max-age=0, must-revalidate'
    expect(cacheControlFor('/contact', none, dynamic, 60)).toBeUndefined()
    expect(cacheControlFor('/admin', none, nextStatic, 60)).toBeUndefined()
    expect(cacheControlFor('/api/health', none, 'no-store', 60)).toBeUndefined()
    expect(cacheControlFor('/articles/x', none, undefined, 60)).toBeUndefined()
  })

  it('makes uploads immutable only when their address changes with their content', () => {
    const versioned = new URLSearchParams('v=abc')
    expect(cacheControlFor('/api/media/file/a.jpg', versioned, undefined, 60)).toBe(
      'public, max-age=31536000, immutable',
    )
    expect(cacheControlFor('/api/media/file/a.jpg', none, undefined, 60)).toBe(
      'public, max-age=0, s-maxage=60',
    )
    const image = new URLSearchParams({ url: '/api/media/file/a.jpg?v=abc', w: '640', q: '75' })
    expect(cacheControlFor('/_next/image', image, 'public, max-age=14400', 60)).toBe(
      'public, max-age=31536000, immutable',
    )
    const unversioned = new URLSearchParams({ url: '/api/media/file/a.jpg', w: '640' })
    expect(
      cacheControlFor('/_next/image', unversioned, 'public, max-age=14400', 60),
    ).toBeUndefined()
  })
})
