import { describe, expect, it } from 'vitest'

import { documentAt } from '@/lib/document-at'
import { localizedHref, pathsFor } from '@/lib/paths'
import { trustedOrigins } from '@/lib/trusted-origins'

describe('documentAt (the admin bar\'s "Edit this page")', () => {
  it('is the reverse of the public addresses, in every language', () => {
    for (const locale of ['en', 'es', 'ru'] as const) {
      const paths = pathsFor(locale)
      expect(documentAt(paths.article('django-vs-fastapi'))).toEqual({
        collection: 'articles',
        slug: 'django-vs-fastapi',
        locale,
      })
      expect(documentAt(paths.comparison('a-vs-b'))).toEqual({
        collection: 'comparisons',
        slug: 'a-vs-b',
        locale,
      })
      expect(documentAt(paths.tag('python'))).toEqual({
        collection: 'tags',
        slug: 'python',
        locale,
      })
    }
  })

  it('finds no document on lists, pages of lists and other pages', () => {
    for (const path of [
      '/',
      '/articles',
      '/articles/page/2',
      '/contact',
      '/articles/a/b',
      '/es',
      '/en/articles/x',
      '/fr/articles/x',
    ]) {
      expect(documentAt(path)).toBeNull()
    }
  })
})

describe('addresses per language', () => {
  it('keeps English at the root and puts the others under their code', () => {
    expect(pathsFor('en').home).toBe('/')
    expect(pathsFor('es').home).toBe('/es')
    expect(pathsFor('ru').articlesPage(2)).toBe('/ru/articles/page/2')
    expect(pathsFor('es').feed).toBe('/es/feed.xml')
    expect(pathsFor('en').contact).toBe('/contact')
  })

  it('localizes addresses of this site only', () => {
    expect(localizedHref('/contact', 'es')).toBe('/es/contact')
    expect(localizedHref('/', 'ru')).toBe('/ru')
    expect(localizedHref('/contact', 'en')).toBe('/contact')
    expect(localizedHref('https://t.me/x', 'es')).toBe('https://t.me/x')
    expect(localizedHref('//evil.example', 'es')).toBe('//evil.example')
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
