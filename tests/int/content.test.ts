import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { doc, h2, p } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
const context = { disableRevalidate: true }

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload)
})

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (['articles', 'tags', 'authors', 'comparisons'] as const).map(async (collection) => [
        collection,
        (await payload.count({ collection })).totalDocs,
      ]),
    ),
  )

describe('demo content', () => {
  it('seeds an author, site settings, 5 tags, the comparison and at least 4 articles', async () => {
    const total = await counts()
    expect(total.tags).toBe(5)
    expect(total.authors).toBe(1)
    expect(total.articles).toBeGreaterThanOrEqual(4)
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.cta.link).toBe('/contact')
    const author = (await payload.find({ collection: 'authors' })).docs[0]
    expect(author).toMatchObject({ role: 'Freelance Python/Django Developer', city: 'Barcelona' })
  })

  it('has the django-vs-fastapi comparison with its ten rows, embedded in its article', async () => {
    const comparison = (
      await payload.find({
        collection: 'comparisons',
        where: { slug: { equals: 'django-vs-fastapi' } },
      })
    ).docs[0]
    expect(comparison.rows.map((row) => [row.feature, row.a, row.b])).toEqual([
      ['Admin panel', 'Built-in, production-ready', 'None (third-party options)'],
      ['ORM', 'Built-in, mature', 'Bring your own (SQLAlchemy)'],
      ['Authentication', 'Built-in', 'Manual setup'],
      ['API documentation', 'Via DRF (browsable API)', 'Auto-generated Swagger/ReDoc'],
      ['Async support', 'Partial (Django 4.1+)', 'Native'],
      ['Performance', 'Good', 'Excellent'],
      ['Ecosystem', 'Massive (20+ years)', 'Growing (5+ years)'],
      ['Learning curve', 'Moderate (conventions)', 'Lower (if you know Python types)'],
      ['Best for', 'Full applications, SaaS', 'Microservices, ML APIs'],
      ['Development speed', 'Faster (batteries included)', 'Slower (more manual setup)'],
    ])
    const article = (
      await payload.find({
        collection: 'articles',
        where: { slug: { equals: 'django-vs-fastapi' } },
      })
    ).docs[0]
    expect(article.title).toBe(
      'Django vs FastAPI: Which Framework Should You Choose for Your Backend?',
    )
    expect(JSON.stringify(article.body)).toContain('"blockType":"comparisonTable"')
    expect(article.readingTime).toBeGreaterThanOrEqual(5)
  })

  it('seeding again changes nothing', async () => {
    const before = await counts()
    const result = await seed(payload)
    expect(result.created).toEqual([])
    expect(await counts()).toEqual(before)
  })
})

describe('articles', () => {
  it('computes the reading time from the body and fills the slug from the title', async () => {
    const words = Array.from({ length: 690 }, () => 'word').join(' ')
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Reading Time: Computed, Not Typed',
        description: 'A test article.',
        body: doc(h2('Intro'), p(words)) as never,
        readingTime: 99,
        _status: 'published',
      } as never,
      context,
    })
    expect(article.slug).toBe('reading-time-computed-not-typed')
    expect(article.readingTime).toBe(3)
    expect(article.publishedAt).toBeTruthy()
  })

  it('keeps drafts from anonymous readers, but not from editors', async () => {
    await payload.create({
      collection: 'articles',
      data: {
        title: 'Secret draft',
        description: 'Not yet.',
        body: doc(p('Draft.')) as never,
        _status: 'draft',
      } as never,
      context,
      draft: true,
    })
    const anonymous = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'secret-draft' } },
      overrideAccess: false,
      draft: true,
    })
    expect(anonymous.docs).toEqual([])

    const editor = await createUser(payload, 'editor')
    const asEditor = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'secret-draft' } },
      overrideAccess: false,
      draft: true,
      user: editor,
    })
    expect(asEditor.docs.map((doc) => doc.title)).toEqual(['Secret draft'])
  })

  it('lets nobody anonymous write content or settings', async () => {
    await expect(
      payload.create({
        collection: 'tags',
        data: { name: 'Spam', slug: 'spam' },
        overrideAccess: false,
        draft: false,
      } as never),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { siteName: 'Hacked' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})
