/**
 * The dashboard's conversion figures after a scripted set of views, leads and bookings: per
 * article (its pages in every language and its old address), views, leads, booked calls, won
 * clients and leads ÷ views for the last 12 weeks, sortable by each column; other pages leads
 * came from keep their own rows; spam, cancelled calls and older figures never count; an editor
 * gets none of it.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { leadDashboard, SORT_COLUMNS, type SortColumn } from '@/leads/dashboard'
import type { Locale } from '@/lib/locales'
import type { Lead, User } from '@/payload-types'
import { doc, p } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

const context = { disableRevalidate: true }
// A Wednesday: the 12 weeks run from Monday 7 September to Sunday 29 November 2026.
const now = new Date('2026-11-25T12:00:00Z')

let payload: Payload
let admin: User
let editor: User
const ids: Record<string, number> = {}

async function article(title: string, slug: string, translations: Partial<Record<Locale, string>>) {
  const data = (slug: string) => ({
    title,
    slug,
    description: 'A short description.',
    body: doc(p('Text.')),
    _status: 'published',
  })
  const created = await payload.create({
    collection: 'articles',
    data: data(slug) as never,
    context,
  })
  for (const [locale, translated] of Object.entries(translations) as [Locale, string][]) {
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale,
      data: data(translated) as never,
      publishSpecificLocale: locale,
      context,
    })
  }
  return created.id
}

async function views(day: string, path: string, count: number, referrerHost = '') {
  const locale = path.startsWith('/es') ? 'es' : path.startsWith('/ru') ? 'ru' : 'en'
  await payload.db.drizzle.execute(sql`
    insert into page_views (day, path, locale, referrer_host, views)
    values (${day}::date, ${path}, ${locale}, ${referrerHost}, ${count})`)
}

let leads = 0
async function lead(
  sourcePage: string | undefined,
  status: Lead['status'],
  createdAt = '2026-11-24T10:00:00Z',
) {
  leads += 1
  const created = await payload.create({
    collection: 'leads',
    data: {
      name: `Lead ${leads}`,
      email: `lead${leads}@example.com`,
      projectType: 'consultation',
      message: 'Hello',
      preferredContact: 'email',
      language: 'en',
      consentAt: createdAt,
      createdAt,
      status,
      sourcePage,
    },
    context,
  })
  return created.id
}

let bookings = 0
async function booking(lead: number, status: 'confirmed' | 'cancelled') {
  bookings += 1
  const startsAt = new Date(Date.UTC(2026, 11, 1, 8 + bookings))
  await payload.create({
    collection: 'bookings',
    data: {
      lead,
      status,
      title: `Call ${bookings}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 30 * 60_000).toISOString(),
      holdUntil: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
      timeZone: 'Europe/Madrid',
      uid: `conversion-${bookings}@example.com`,
      language: 'en',
      sequence: 0,
    },
    context,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  ids.alpha = await article('Alpha', 'alpha', { es: 'alfa', ru: 'alfa-ru' })
  ids.beta = await article('Beta', 'beta-old', {})
  // Renamed: the old address redirects to it, and still counts for it.
  await payload.update({
    collection: 'articles',
    id: ids.beta,
    data: { slug: 'beta', _status: 'published' },
    context,
  })
  ids.gamma = await article('Gamma', 'gamma', {})

  // Alpha: 200 views in three languages; Beta: 100 at its old and new address; Gamma: 400.
  await views('2026-11-24', '/articles/alpha', 60)
  await views('2026-11-24', '/articles/alpha', 40, 'news.example.com')
  await views('2026-11-20', '/es/articles/alfa', 50)
  await views('2026-10-01', '/ru/articles/alfa-ru', 50)
  await views('2026-09-10', '/articles/beta-old', 30)
  await views('2026-11-23', '/articles/beta', 70)
  await views('2026-11-25', '/articles/gamma', 400)
  await views('2026-11-24', '/', 500)
  // Before the 12 weeks: not counted.
  await views('2026-09-06', '/articles/alpha', 1000)

  // Alpha: 3 leads (one won, one booked a call, one more cancelled its call), one spam, one old.
  await lead('/articles/alpha', 'won')
  await lead('/articles/alpha', 'new')
  const booked = await lead('/es/articles/alfa', 'call-booked')
  await booking(booked, 'confirmed')
  await booking(booked, 'cancelled')
  const spam = await lead('/ru/articles/alfa-ru', 'spam')
  await booking(spam, 'confirmed')
  await lead('/articles/alpha', 'won', '2026-09-06T23:59:59Z')
  // Beta: 2 leads (one from the old address), 2 calls booked.
  const beta = await lead('/articles/beta-old', 'call-booked')
  await booking(beta, 'confirmed')
  await booking(await lead('/articles/beta', 'call-booked'), 'confirmed')
  // Not articles: the home page (a client won), and the contact page reached directly.
  await lead('/', 'won')
  await lead(undefined, 'contacted')
})

const row = (name: string) => {
  const rows = {
    alpha: { title: 'Alpha', views: 200, leads: 3, calls: 1, won: 1, conversion: 0.015 },
    beta: { title: 'Beta', views: 100, leads: 2, calls: 2, won: 0, conversion: 0.02 },
    gamma: { title: 'Gamma', views: 400, leads: 0, calls: 0, won: 0, conversion: 0 },
    home: { title: '/', views: 500, leads: 1, calls: 0, won: 1, conversion: 0.002 },
    direct: { title: null, views: 0, leads: 1, calls: 0, won: 0, conversion: null },
  }
  return rows[name as keyof typeof rows]
}

describe('the conversion per article', () => {
  it('adds up each article in every language and at its old address, and the other sources', async () => {
    const { sources } = await leadDashboard(payload, admin, now)
    expect(sources).toEqual([
      {
        ...row('alpha'),
        article: ids.alpha,
        sourcePage: '/articles/alpha',
        pages: ['/articles/alpha', '/es/articles/alfa'],
      },
      {
        ...row('beta'),
        article: ids.beta,
        sourcePage: '/articles/beta',
        pages: ['/articles/beta', '/articles/beta-old'],
      },
      { ...row('home'), article: null, sourcePage: '/', pages: ['/'] },
      { ...row('direct'), article: null, sourcePage: null, pages: [] },
      { ...row('gamma'), article: ids.gamma, sourcePage: '/articles/gamma', pages: [] },
    ])
  })

  it('adds the views of the whole site to each week of the chart', async () => {
    const { weeks } = await leadDashboard(payload, admin, now)
    expect(weeks.map((week) => week.views)).toEqual([30, 0, 0, 50, 0, 0, 0, 0, 0, 0, 50, 1070])
    expect(weeks[11]).toMatchObject({ weekStart: '2026-11-23T00:00:00.000Z', count: 7 })
  })

  const orders: Record<string, string[]> = {
    title: ['home', 'alpha', 'beta', 'gamma', 'direct'],
    '-title': ['gamma', 'beta', 'alpha', 'home', 'direct'],
    views: ['direct', 'beta', 'alpha', 'gamma', 'home'],
    '-views': ['home', 'gamma', 'alpha', 'beta', 'direct'],
    leads: ['gamma', 'home', 'direct', 'beta', 'alpha'],
    '-leads': ['alpha', 'beta', 'home', 'direct', 'gamma'],
    calls: ['home', 'direct', 'gamma', 'alpha', 'beta'],
    '-calls': ['beta', 'alpha', 'home', 'direct', 'gamma'],
    won: ['beta', 'direct', 'gamma', 'alpha', 'home'],
    '-won': ['alpha', 'home', 'beta', 'direct', 'gamma'],
    conversion: ['gamma', 'home', 'alpha', 'beta', 'direct'],
    '-conversion': ['beta', 'alpha', 'home', 'gamma', 'direct'],
  }

  it('has an order for each column, both ways', () => {
    expect(Object.keys(orders).sort()).toEqual(
      SORT_COLUMNS.flatMap((column) => [column, `-${column}`]).sort(),
    )
  })

  for (const [sort, expected] of Object.entries(orders)) {
    it(`sorts by ${sort}`, async () => {
      const column = sort.replace('-', '') as SortColumn
      const { sources } = await leadDashboard(payload, admin, now, {
        column,
        descending: sort.startsWith('-'),
      })
      expect(sources.map((source) => source.title)).toEqual(expected.map((name) => row(name).title))
    })
  }

  it('gives an editor no figures at all', async () => {
    await expect(leadDashboard(payload, editor, now)).rejects.toThrow(/not allowed/i)
  })
})
