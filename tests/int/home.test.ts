/**
 * The home page's content and its proof: who reads the home global's drafts, which testimonials
 * and case studies the public sees (consent, publishing per language), what the owner may type
 * into a block, and which case studies an article's tags lead to.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { caseStudiesTagged, latestCaseStudies } from '@/data/case-studies'
import { findRedirect } from '@/data/redirects'
import { latestTestimonials } from '@/data/testimonials'

import { testPayload } from '../helpers/payload'

let payload: Payload
const context = { disableRevalidate: true }

beforeAll(async () => {
  payload = await testPayload()
})

const hero = (headline: string) => ({
  blockType: 'hero' as const,
  headline,
  primary: { label: 'Book a call', link: '/book' },
})

async function caseStudy(slug: string, data: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'case-studies',
    data: {
      title: `Case ${slug}`,
      slug,
      client: 'A fintech startup',
      summary: 'Made it fast.',
      problem: 'It was slow.',
      work: 'Fixed the queries.',
      outcomes: [{ metric: 'p95 latency', figure: '1.2 s → 180 ms' }],
      _status: 'published',
      ...data,
    } as never,
    context,
  })
}

describe('the home global', () => {
  it('shows the public only what is published, even when it asks for the draft', async () => {
    await payload.updateGlobal({
      slug: 'home',
      locale: 'en',
      data: { layout: [hero('Published headline')], _status: 'published' } as never,
      context,
    })
    await payload.updateGlobal({
      slug: 'home',
      locale: 'en',
      draft: true,
      data: { layout: [hero('Draft headline')], _status: 'draft' } as never,
      context,
    })
    const publicRead = (draft: boolean) =>
      payload.findGlobal({ slug: 'home', locale: 'en', draft, overrideAccess: false })
    for (const draft of [false, true]) {
      const home = await publicRead(draft)
      expect(JSON.stringify(home)).not.toContain('Draft headline')
      expect(home.layout?.[0]).toMatchObject({ headline: 'Published headline' })
    }
    const editorView = await payload.findGlobal({ slug: 'home', locale: 'en', draft: true })
    expect(editorView.layout?.[0]).toMatchObject({ headline: 'Draft headline' })
  })

  it('keeps each language its own blocks', async () => {
    await payload.updateGlobal({
      slug: 'home',
      locale: 'es',
      data: { layout: [hero('Titular en español')], _status: 'published' } as never,
      context,
    })
    const en = await payload.findGlobal({ slug: 'home', locale: 'en', fallbackLocale: false })
    const es = await payload.findGlobal({ slug: 'home', locale: 'es', fallbackLocale: false })
    expect(es.layout?.[0]).toMatchObject({ headline: 'Titular en español' })
    expect(en.layout?.[0]).not.toMatchObject({ headline: 'Titular en español' })
  })

  it.each([
    ['javascript:alert(1)'],
    ['//evil.example/path'],
    ['http://plain.example'],
    ['/ with space'],
  ])('refuses the action link %j', async (link) => {
    await expect(
      payload.updateGlobal({
        slug: 'home',
        locale: 'en',
        data: {
          layout: [{ ...hero('Links'), primary: { label: 'Go', link } }],
          _status: 'published',
        } as never,
        context,
      }),
    ).rejects.toThrow(/link/i)
  })

  it('wants alt text for a portrait', async () => {
    const media = await payload.find({ collection: 'media', limit: 1 })
    const portrait =
      media.docs[0]?.id ??
      (
        await payload.create({
          collection: 'media',
          data: { alt: 'A portrait' },
          file: {
            data: Buffer.from(
              'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
              'base64',
            ),
            mimetype: 'image/png',
            name: 'portrait.png',
            size: 68,
          },
          context,
        })
      ).id
    await expect(
      payload.updateGlobal({
        slug: 'home',
        locale: 'en',
        data: { layout: [{ ...hero('Portrait'), portrait }], _status: 'published' } as never,
        context,
      }),
    ).rejects.toThrow(/portrait/i)
  })
})

describe('testimonials', () => {
  it('are public only with consent, and never with the note on how consent was given', async () => {
    const quote = (name: string, consent: boolean) =>
      payload.create({
        collection: 'testimonials',
        locale: 'en',
        data: { quote: `Said by ${name}.`, name, consent, consentNote: 'Email of 3 May' },
        context,
      })
    const yes = await quote('Agreed Person', true)
    const no = await quote('Private Person', false)
    const { docs } = await payload.find({
      collection: 'testimonials',
      overrideAccess: false,
      locale: 'en',
      limit: 100,
    })
    expect(docs.map((doc) => doc.id)).toContain(yes.id)
    expect(docs.map((doc) => doc.id)).not.toContain(no.id)
    expect(docs.find((doc) => doc.id === yes.id)?.consentNote).toBeUndefined()
    const shown = await latestTestimonials('en', 50)
    expect(shown.map((doc) => doc.name)).not.toContain('Private Person')
    // Not quoted in Spanish: nothing to show there.
    expect((await latestTestimonials('es', 50)).map((doc) => doc.id)).not.toContain(yes.id)
  })
})

describe('case studies', () => {
  it('are public per language once published, and drafts never', async () => {
    const published = await caseStudy('public-case')
    const draft = await caseStudy('draft-case', { _status: 'draft' })
    const en = (await latestCaseStudies('en', 50)).map((doc) => doc.id)
    expect(en).toContain(published.id)
    expect(en).not.toContain(draft.id)
    expect((await latestCaseStudies('es', 50)).map((doc) => doc.id)).not.toContain(published.id)
  })

  it('follow an article’s tags, most shared tags first', async () => {
    const tag = async (slug: string) =>
      (await payload.create({ collection: 'tags', data: { name: slug, slug }, context })).id
    const [orm, cache, other] = await Promise.all([tag('t-orm'), tag('t-cache'), tag('t-other')])
    const one = await caseStudy('one-shared', { tags: [orm] })
    const two = await caseStudy('two-shared', { tags: [orm, cache] })
    await caseStudy('none-shared', { tags: [other] })
    const found = await caseStudiesTagged('en', [orm, cache])
    expect(found.map((doc) => doc.id)).toEqual([two.id, one.id])
  })

  it('keep their old address when renamed', async () => {
    const study = await caseStudy('before-rename')
    await payload.update({
      collection: 'case-studies',
      id: study.id,
      locale: 'en',
      data: { slug: 'after-rename' },
      context,
    })
    expect(await findRedirect('/cases/before-rename', 'en')).toBe('/cases/after-rename')
  })
})
