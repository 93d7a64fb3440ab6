import { describe, expect, it } from 'vitest'

import { documentAt, paths } from '@/lib/paths'
import { trustedOrigins } from '@/lib/trusted-origins'

describe('documentAt (the admin bar\'s "Edit this page")', () => {
  it('is the reverse of the public addresses', () => {
    expect(documentAt(paths.article('django-vs-fastapi'))).toEqual({
      collection: 'articles',
      slug: 'django-vs-fastapi',
    })
    expect(documentAt(paths.comparison('a-vs-b'))).toEqual({
      collection: 'comparisons',
      slug: 'a-vs-b',
    })
    expect(documentAt(paths.tag('python'))).toEqual({ collection: 'tags', slug: 'python' })
  })

  it('finds no document on lists, pages of lists and other pages', () => {
    for (const path of ['/', '/articles', '/articles/page/2', '/contact', '/articles/a/b']) {
      expect(documentAt(path)).toBeNull()
    }
  })
})

describe('trustedOrigins (the admin cookie is only honoured from these)', () => {
  it('is the site itself', () => {
    expect(trustedOrigins('https://www.example.com/')).toEqual(['https://www.example.com'])
  })

  it('treats localhost and 127.0.0.1 as the same local site', () => {
    expect(trustedOrigins('http://127.0.0.1:3000')).toEqual([
      'http://127.0.0.1:3000',
      'http://localhost:3000',
    ])
    expect(trustedOrigins('http://localhost:4000')).toEqual([
      'http://localhost:4000',
      'http://127.0.0.1:4000',
    ])
  })
})
