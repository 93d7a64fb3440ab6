import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { LOCALES } from '@/lib/locales'
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
      (['articles', 'tags', 'authors', 'comparisons', 'case-studies', 'testimonials'] as const).map(
        async (collection) => [collection, (await payload.count({ collection })).totalDocs],
      ),
    ),
  )

describe('demo content', () => {
  it('seeds an author, site settings, 5 tags, the comparison and at least 4 articles', async () => {
    const total = await counts()
    expect(total.tags).toBe(5)
    expect(total.authors).toBe(1)
    expect(total.articles).toBeGreaterThanOrEqual(4)
    expect(total['case-studies']).toBe(3)
    expect(total.testimonials).toBe(4)
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

  it('has the home page in each language: its six blocks, published', async () => {
    for (const locale of LOCALES) {
      const home = await payload.findGlobal({
        slug: 'home',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        depth: 0,
      })
      expect(home._status).toBe('published')
      expect(home.layout?.map((block) => block.blockType)).toEqual([
        'hero',
        'services',
        'caseStudies',
        'testimonials',
        'latestArticles',
        'callToAction',
      ])
    }
    // Each language has its own blocks: writing Spanish and Russian left the English ones.
    const english = await payload.findGlobal({ slug: 'home', locale: 'en', depth: 0 })
    expect(english.layout?.[0]).toMatchObject({
      blockType: 'hero',
      headline: 'Python and Django backends that stay fast as you grow',
      primary: { link: '/book' },
      secondary: { link: '/articles' },
    })
    const spanish = await payload.findGlobal({ slug: 'home', locale: 'es', depth: 0 })
    expect(spanish.layout?.[0]).toMatchObject({ headline: expect.stringMatching(/^Backends en/) })
  })

  it('has three case studies public in every language, with outcomes, tags and a testimonial', async () => {
    for (const locale of LOCALES) {
      const { docs } = await payload.find({
        collection: 'case-studies',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        depth: 1,
      })
      expect(docs).toHaveLength(3)
      for (const study of docs) {
        expect(study._status).toBe('published')
        expect(study.outcomes.length).toBeGreaterThanOrEqual(2)
        expect(study.outcomes.every((outcome) => outcome.metric && outcome.figure)).toBe(true)
        expect(study.summary.length).toBeLessThanOrEqual(300)
        expect(study.work).toContain('\n\n')
        expect(study.tags?.length).toBeGreaterThan(0)
        expect(study.testimonial).toMatchObject({ consent: true })
      }
    }
    const slugsOf = async (locale: 'en' | 'es' | 'ru') =>
      (await payload.find({ collection: 'case-studies', locale })).docs.map((study) => study.slug)
    expect(await slugsOf('en')).toContain('fintech-api-n-plus-one-queries')
    expect(await slugsOf('es')).toContain('api-fintech-consultas-n-mas-1')
    expect(await slugsOf('ru')).toContain('api-fintekh-startapa-zaprosy-n-plus-1')
  })

  it('has four testimonials, public by consent, quoted in every language', async () => {
    for (const locale of LOCALES) {
      const { docs } = await payload.find({
        collection: 'testimonials',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
      expect(docs).toHaveLength(4)
      expect(docs.every((testimonial) => testimonial.quote && testimonial.role)).toBe(true)
    }
    const { docs } = await payload.find({ collection: 'testimonials', locale: 'all' })
    expect(docs.every((t) => t.consent && t.consentNote === 'Demo content')).toBe(true)
    const quotes = docs.map((t) => t.quote as unknown as Record<string, string>)
    expect(quotes.every((quote) => new Set([quote.en, quote.es, quote.ru]).size === 3)).toBe(true)
  })

  it('seeding again changes nothing', async () => {
    const before = await counts()
    const homeVersions = async () =>
      (await payload.findGlobalVersions({ slug: 'home', limit: 1 })).totalDocs
    const versionsBefore = await homeVersions()
    const result = await seed(payload)
    expect(result.created).toEqual([])
    expect(await counts()).toEqual(before)
    expect(await homeVersions()).toBe(versionsBefore)
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
