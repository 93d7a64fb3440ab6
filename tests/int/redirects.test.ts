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
    expect(await findRedirect('/articles/slug-a')).toBe('/articles/slug-c')
    expect(await findRedirect('/articles/slug-b')).toBe('/articles/slug-c')
    expect(await findRedirect('/articles/slug-c')).toBeNull()
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
    expect(await findRedirect('/articles/back')).toBeNull()
    expect(await findRedirect('/articles/forth')).toBe('/articles/back')
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
    expect(await findRedirect('/articles/hidden-old')).toBeNull()

    await payload.create({
      collection: 'redirects',
      data: { from: '/old-blog', to: { type: 'custom', url: '/articles' } },
      context,
    })
    expect(await findRedirect('/old-blog')).toBe('/articles')
  })
})
