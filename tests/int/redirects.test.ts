import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findRedirect } from '@/data/redirects'
import { doc, p } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'

let payload: Payload
const context = { disableRevalidate: true }

beforeAll(async () => {
  payload = await testPayload()
})

const rename = (id: number, slug: string) =>
  payload.update({ collection: 'articles', id, data: { slug }, context })

describe('renamed slugs', () => {
  it('keep their old addresses, and a → b → c sends a and b straight to c', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Slug A',
        slug: 'slug-a',
        description: 'Renamed twice.',
        body: doc(p('Body.')) as never,
        _status: 'published',
      } as never,
      context,
    })
    await rename(article.id, 'slug-b')
    await rename(article.id, 'slug-c')
    expect(await findRedirect('/articles/slug-a', 'en')).toBe('/articles/slug-c')
    expect(await findRedirect('/articles/slug-b', 'en')).toBe('/articles/slug-c')
    expect(await findRedirect('/articles/slug-c', 'en')).toBeNull()
  })

  it('renaming back removes the redirect from the address in use', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Back and forth',
        slug: 'back',
        description: 'Renamed and back.',
        body: doc(p('Body.')) as never,
        _status: 'published',
      } as never,
      context,
    })
    await rename(article.id, 'forth')
    await rename(article.id, 'back')
    expect(await findRedirect('/articles/back', 'en')).toBeNull()
    expect(await findRedirect('/articles/forth', 'en')).toBe('/articles/back')
  })

  it('lead nowhere for an unpublished article, and hand-made ones go where they say', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: {
        title: 'Hidden',
        slug: 'hidden-old',
        description: 'Draft.',
        body: doc(p('x')) as never,
        _status: 'draft',
      } as never,
      context,
      draft: true,
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { slug: 'hidden-new' },
      context,
      draft: true,
    })
    expect(await findRedirect('/articles/hidden-old', 'en')).toBeNull()

    await payload.create({
      collection: 'redirects',
      data: { from: '/old-blog', to: { type: 'custom', url: '/articles' } },
      context,
    })
    expect(await findRedirect('/old-blog', 'en')).toBe('/articles')
  })

  it('are per language: renaming the Spanish slug redirects the Spanish address only', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Both languages',
        slug: 'both-languages',
        description: 'In English.',
        body: doc(p('English body.')) as never,
        _status: 'published',
      } as never,
      context,
    })
    const spanish = {
      title: 'Dos idiomas',
      slug: 'dos-idiomas',
      description: 'En español.',
      body: doc(p('Cuerpo en español.')) as never,
      _status: 'published',
    }
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'es',
      data: spanish as never,
      publishSpecificLocale: 'es',
      context,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'es',
      data: { slug: 'en-dos-idiomas' },
      context,
    })
    expect(await findRedirect('/es/articles/dos-idiomas', 'es')).toBe('/es/articles/en-dos-idiomas')
    expect(await findRedirect('/articles/both-languages', 'en')).toBeNull()
    const english = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en' })
    expect(english.slug).toBe('both-languages')
  })
})
