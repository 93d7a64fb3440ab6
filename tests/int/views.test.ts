/**
 * POST /api/views against a real PostgreSQL: a view of a public page is one more in its day's row
 * (per page, language, referring host and utm_source); bots, prefetches, editors, Do Not Track,
 * other sites' pages and addresses that are not pages are not counted; hostile bodies get a 400,
 * never a 500; one client address is limited.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { forgetPages } from '@/analytics/store'
import type { Locale } from '@/lib/locales'
import { doc, p } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'

const context = { disableRevalidate: true }
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

let payload: Payload
let POST: (request: Request) => Promise<Response>
let client = 0

type Row = {
  path: string
  locale: string
  referrer_host: string
  utm_source: string
  views: number
}

/** The rows of page_views for `path` (today's), without the day. */
async function rowsOf(path: string): Promise<Row[]> {
  const result = await payload.db.drizzle.execute(sql`
    select path, locale, referrer_host, utm_source, views from page_views
     where path = ${path} order by referrer_host, utm_source`)
  return (result as unknown as { rows: Row[] }).rows
}

const viewsOf = async (path: string) =>
  (await rowsOf(path)).reduce((sum, row) => sum + row.views, 0)

/** A beacon as a browser on the site sends it, from a client address of its own. */
function beacon(
  body: unknown,
  headers: Record<string, string> = {},
  address = `203.0.113.${++client}`,
) {
  return new Request('http://localhost/api/views', {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': CHROME,
      host: 'localhost',
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
      'x-forwarded-for': address,
      ...headers,
    },
    body: (typeof body === 'string' || body instanceof Uint8Array
      ? body
      : JSON.stringify(body)) as BodyInit,
  })
}

async function article(slug: string, translations: Partial<Record<Locale, string>> = {}) {
  const data = (title: string, slug: string) => ({
    title,
    slug,
    description: 'A short description.',
    body: doc(p('Text.')),
    _status: 'published',
  })
  const created = await payload.create({
    collection: 'articles',
    data: data(`Article ${slug}`, slug) as never,
    context,
  })
  for (const [locale, translated] of Object.entries(translations) as [Locale, string][]) {
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale,
      data: data(`Artículo ${translated}`, translated) as never,
      publishSpecificLocale: locale,
      context,
    })
  }
  return created.id
}

beforeAll(async () => {
  payload = await testPayload()
  ;({ POST } = await import('@/app/(site)/api/views/route'))
  await article('counted', { es: 'contado' })
  await payload.create({
    collection: 'articles',
    data: {
      title: 'Still a draft',
      slug: 'still-a-draft',
      description: 'Not public.',
      body: doc(p('Text.')) as never,
      _status: 'draft',
    },
    draft: true,
    context,
  })
})

describe('POST /api/views', () => {
  it('counts one view per beacon, per page and language, with 204', async () => {
    for (const path of ['/articles/counted', '/es/articles/contado', '/', '/es/contact']) {
      const response = await POST(beacon({ p: path, r: '', u: '' }))
      expect(response.status, path).toBe(204)
    }
    expect(await POST(beacon({ p: '/articles/counted/' })).then((r) => r.status)).toBe(204)
    expect(await rowsOf('/articles/counted')).toEqual([
      { path: '/articles/counted', locale: 'en', referrer_host: '', utm_source: '', views: 2 },
    ])
    expect(await rowsOf('/es/articles/contado')).toMatchObject([{ locale: 'es', views: 1 }])
    expect(await viewsOf('/')).toBe(1)
    expect(await rowsOf('/es/contact')).toMatchObject([{ locale: 'es', views: 1 }])
  })

  it('keeps the referring host only, and a cleaned, short utm_source', async () => {
    await POST(beacon({ p: '/contact', r: 'News.Example.com', u: 'Newsletter' }))
    await POST(
      beacon({ p: '/contact', r: 'https://news.example.com/a/b?email=x@y.z', u: 'newsletter' }),
    )
    await POST(beacon({ p: '/contact', r: 'not a host!', u: 'ann@example.com' }))
    await POST(
      beacon({ p: '/contact', r: 'x'.repeat(300), u: `  Big Campaign\u0000 ${'z'.repeat(80)}` }),
    )
    expect(await rowsOf('/contact')).toEqual([
      { path: '/contact', locale: 'en', referrer_host: '', utm_source: '', views: 1 },
      {
        path: '/contact',
        locale: 'en',
        referrer_host: '',
        utm_source: `big-campaign-${'z'.repeat(27)}`,
        views: 1,
      },
      {
        path: '/contact',
        locale: 'en',
        referrer_host: 'news.example.com',
        utm_source: 'newsletter',
        views: 2,
      },
    ])
  })

  it('does not count bots, prefetches, editors, Do Not Track or other sites (204 all the same)', async () => {
    const path = '/articles'
    const ignored: Record<string, string>[] = [
      { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
      { 'user-agent': 'Mozilla/5.0 (compatible; Bingbot/2.0; +http://www.bing.com/bingbot.htm)' },
      { 'user-agent': 'Mozilla/5.0 HeadlessChrome/120.0.0.0 Safari/537.36' },
      { 'user-agent': 'curl/8.5.0' },
      { 'user-agent': '' },
      { dnt: '1' },
      { 'sec-gpc': '1' },
      { 'sec-purpose': 'prefetch;prerender' },
      { purpose: 'prefetch' },
      { 'next-router-prefetch': '1' },
      { cookie: 'theme=dark; payload-token=abc.def.ghi' },
      { cookie: '__prerender_bypass=1234' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
    ]
    for (const headers of ignored) {
      expect((await POST(beacon({ p: path }, headers))).status, JSON.stringify(headers)).toBe(204)
    }
    expect(await viewsOf(path)).toBe(0)
    // The same beacon from a browser counts.
    await POST(beacon({ p: path }))
    expect(await viewsOf(path)).toBe(1)
  })

  it('counts only the public pages of the site', async () => {
    const notPages = [
      '/articles/still-a-draft',
      '/articles/no-such-article',
      '/es/articles/counted',
      '/ru/articles/contado',
      '/articles/page/2',
      '/compare/nothing',
      '/tags/nothing',
      '/admin',
      '/api/users',
      '/fr/articles',
      '/es/unknown',
    ]
    for (const path of notPages) {
      expect((await POST(beacon({ p: path }))).status, path).toBe(204)
    }
    const result = await payload.db.drizzle.execute(sql`select distinct path from page_views`)
    const stored = (result as unknown as { rows: { path: string }[] }).rows.map((row) => row.path)
    expect(stored.filter((path) => notPages.includes(path))).toEqual([])
  })

  it('counts an article once it is published (the page cache forgets in time)', async () => {
    expect((await POST(beacon({ p: '/articles/late' }))).status).toBe(204)
    await article('late')
    forgetPages()
    await POST(beacon({ p: '/articles/late' }))
    expect(await viewsOf('/articles/late')).toBe(1)
  })

  it('answers 400, never a 500, to what is not a beacon', async () => {
    const bodies: [string, Request][] = [
      ['not JSON', beacon('{"p": "/')],
      ['empty', beacon('')],
      ['JSON of another shape', beacon({ path: '/' })],
      ['an array', beacon(['/'])],
      ['a number path', beacon({ p: 42 })],
      ['a NUL in the path', beacon({ p: '/articles/\u0000' })],
      ['a NUL byte in the body', beacon('{"p":"/\u0000"}')],
      ['a query in the path', beacon({ p: '/search?q=ann@example.com' })],
      ['a long path', beacon({ p: `/${'a'.repeat(400)}` })],
      ['a referrer that is an object', beacon({ p: '/', r: { host: 'x' } })],
      ['not UTF-8', beacon(new Uint8Array([0x7b, 0x22, 0x70, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]))],
      ['too large', beacon({ p: '/', r: 'x'.repeat(10_000) })],
      ['another content type', beacon({ p: '/' }, { 'content-type': 'multipart/form-data' })],
      ['no content type', beacon({ p: '/' }, { 'content-type': '' })],
      ['a large declared length', beacon({ p: '/' }, { 'content-length': '999999999' })],
    ]
    for (const [what, request] of bodies) {
      expect((await POST(request)).status, what).toBe(400)
    }
    // A huge body streamed without a declared length: read up to the limit, then refused.
    const huge = new ReadableStream({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)))
      },
    })
    const streamed = new Request('http://localhost/api/views', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'user-agent': CHROME },
      body: huge,
      duplex: 'half',
    } as RequestInit)
    expect((await POST(streamed)).status).toBe(400)
  })

  it('answers 429 to one client address beyond 120 views a minute', async () => {
    const address = '198.51.100.77'
    const statuses: number[] = []
    for (let i = 0; i < 125; i++) {
      statuses.push((await POST(beacon({ p: '/search' }, {}, address))).status)
    }
    expect(statuses.filter((status) => status === 204)).toHaveLength(120)
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429])
    expect(await viewsOf('/search')).toBe(120)
    // Another address is not held back.
    expect((await POST(beacon({ p: '/search' }))).status).toBe(204)
  })
})
