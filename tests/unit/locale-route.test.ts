import { describe, expect, it } from 'vitest'

import { localeRoute } from '@/edge/locale-route'

describe('localeRoute', () => {
  it('hands Next the English page under /en, keeping the query', () => {
    expect(localeRoute('/')).toEqual({ rewrite: '/en' })
    expect(localeRoute('/?utm_source=x')).toEqual({ rewrite: '/en?utm_source=x' })
    expect(localeRoute('/articles/django-vs-fastapi')).toEqual({
      rewrite: '/en/articles/django-vs-fastapi',
    })
    expect(localeRoute('/feed.xml')).toEqual({ rewrite: '/en/feed.xml' })
    expect(localeRoute('/english-words')).toEqual({ rewrite: '/en/english-words' })
    expect(localeRoute('/es-guide')).toEqual({ rewrite: '/en/es-guide' })
  })

  it('leaves Spanish, Russian, Next, Payload and the root files alone', () => {
    for (const url of [
      '/es',
      '/es?x=1',
      '/es/articles/x',
      '/ru/contact',
      '/_next/static/chunk.js',
      '/api/health',
      '/api/media/file/a.png?v=2',
      '/admin',
      '/admin?sourcesSort=-views',
      '/admin/collections/articles',
      '/api?x=1',
      '/sitemap.xml',
      '/robots.txt',
      '/icon.svg',
    ]) {
      expect(localeRoute(url), url).toBeNull()
    }
  })

  it('sends /en addresses to the English address, and never off the site', () => {
    expect(localeRoute('/en')).toEqual({ redirect: '/' })
    expect(localeRoute('/en?x=1')).toEqual({ redirect: '/?x=1' })
    expect(localeRoute('/en/articles?page=2')).toEqual({ redirect: '/articles?page=2' })
    expect(localeRoute('/en//evil.example/x')).toEqual({ redirect: '/evil.example/x' })
    expect(localeRoute('/en/\\evil.example')).toEqual({ redirect: '/evil.example' })
    expect(localeRoute('/en/\t/evil.example')).toEqual({ redirect: '/evil.example' })
    expect(localeRoute('/en/ /\\/evil.example')).toEqual({ redirect: '/evil.example' })
  })
})
