import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { leadDashboard } from '@/leads/dashboard'
import type { Lead, User } from '@/payload-types'
import { doc, p } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let admin: User
let editor: User

// A Wednesday: its ISO week began on Monday 23 November.
const now = new Date('2026-11-25T12:00:00Z')

async function lead(name: string, createdAt: string, status: Lead['status'], sourcePage?: string) {
  await payload.create({
    collection: 'leads',
    data: {
      name,
      email: `${name.toLowerCase()}@example.com`,
      projectType: 'consultation',
      message: 'Hello',
      preferredContact: 'email',
      language: 'en',
      consentAt: createdAt,
      createdAt,
      status,
      sourcePage,
    },
  })
}

async function articleId(slug: string) {
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: slug } } })
  return docs[0].id
}

beforeAll(async () => {
  payload = await testPayload()
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  await payload.create({
    collection: 'articles',
    data: {
      title: 'Queues compared',
      slug: 'queues-compared',
      description: 'Which queue to use.',
      body: doc(p('Text.')) as never,
      _status: 'published',
    },
  })
  await lead('Ada', '2026-11-24T09:00:00Z', 'new', '/articles/queues-compared')
  await lead('Bo', '2026-11-23T00:00:00Z', 'won', '/articles/queues-compared')
  await lead('Cy', '2026-11-22T23:59:59Z', 'contacted')
  await lead('Di', '2026-09-06T23:00:00Z', 'new', '/compare/x')
  await lead('Eve', '2026-11-24T10:00:00Z', 'spam', '/articles/queues-compared')
})

describe('the admin dashboard', () => {
  it('counts new leads, newest first, without spam', async () => {
    const { newLeads } = await leadDashboard(payload, admin, now)
    expect(newLeads.total).toBe(2)
    expect(newLeads.latest.map((item) => item.name)).toEqual(['Ada', 'Di'])
  })

  it('counts leads per ISO week (UTC) for the last 12 weeks, this one included', async () => {
    const { weeks } = await leadDashboard(payload, admin, now)
    expect(weeks).toHaveLength(12)
    expect(weeks[0]).toMatchObject({ weekStart: '2026-09-07T00:00:00.000Z' })
    expect(weeks[11]).toMatchObject({ weekStart: '2026-11-23T00:00:00.000Z', count: 2 })
    expect(weeks[10].count).toBe(1)
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(3)
  })

  it('counts leads and won clients per source page of the last 12 weeks, with article titles', async () => {
    const { sources } = await leadDashboard(payload, admin, now)
    const article = await articleId('queues-compared')
    // Di came from /compare/x the day before the first of the 12 weeks: no row for it.
    expect(sources).toEqual([
      {
        sourcePage: '/articles/queues-compared',
        pages: ['/articles/queues-compared'],
        title: 'Queues compared',
        article,
        views: 0,
        leads: 2,
        calls: 0,
        won: 1,
        conversion: null,
      },
      {
        sourcePage: null,
        pages: [],
        title: null,
        article: null,
        views: 0,
        leads: 1,
        calls: 0,
        won: 0,
        conversion: null,
      },
    ])
  })

  it('counts the old address of a renamed article for the article', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'queues-compared' } },
    })
    await payload.update({
      collection: 'articles',
      id: docs[0].id,
      data: { slug: 'task-queues-compared', _status: 'published' },
    })
    await lead('Flo', '2026-11-25T08:00:00Z', 'new', '/articles/task-queues-compared')
    const { sources } = await leadDashboard(payload, admin, now)
    expect(sources[0]).toEqual({
      sourcePage: '/articles/task-queues-compared',
      pages: ['/articles/queues-compared', '/articles/task-queues-compared'],
      title: 'Queues compared',
      article: docs[0].id,
      views: 0,
      leads: 3,
      calls: 0,
      won: 1,
      conversion: null,
    })
  })

  it('is not for editors: refused before any figure is read', async () => {
    await expect(leadDashboard(payload, editor, now)).rejects.toThrow(/not allowed/i)
  })
})
