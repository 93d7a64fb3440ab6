import { describe, expect, it } from 'vitest'

import { collectHeadings } from '@/lib/headings'
import { countWords, readingTimeMinutes } from '@/lib/reading-time'
import { formatDate } from '@/i18n/format'
import { translator } from '@/i18n/translate'
import { isSlug, slugify } from '@/lib/slugify'
import { code, doc, h2, h3, inline, p, ul } from '@/seed/lexical'

describe('slugify', () => {
  it('makes readable, URL-safe slugs', () => {
    expect(slugify('Django vs FastAPI: Which Framework Should You Choose?')).toBe(
      'django-vs-fastapi-which-framework-should-you-choose',
    )
    expect(slugify('  Café & Crème  ')).toBe('cafe-creme')
    expect(slugify('C++ / Rust')).toBe('c-rust')
  })

  it('makes Spanish and Russian titles into Latin slugs', () => {
    expect(slugify('Django o FastAPI: ¿cuál elegir?')).toBe('django-o-fastapi-cual-elegir')
    expect(slugify('Django или FastAPI: что выбрать?')).toBe('django-ili-fastapi-chto-vybrat')
    expect(slugify('Щука и ёж')).toBe('schuka-i-yozh')
  })

  it('tells what can be a slug: what slugify makes, and nothing else', () => {
    for (const title of [
      'Django vs FastAPI',
      '  Café & Crème  ',
      'C++ / Rust',
      'x'.repeat(200),
      'Ёж'.repeat(80),
    ]) {
      expect(isSlug(slugify(title))).toBe(true)
    }
    for (const value of ['', '\0', 'a\0b', 'Django', 'a--b', '-a', 'a/b', '../x', 'a'.repeat(97)]) {
      expect(isSlug(value), JSON.stringify(value)).toBe(false)
    }
  })
})

describe('reading time', () => {
  it('counts the words of text and code, and rounds to whole minutes, at least one', () => {
    const short = doc(p('Hello there, reader.'))
    expect(countWords(short)).toBe(3)
    expect(readingTimeMinutes(short)).toBe(1)
    const long = doc(...Array.from({ length: 100 }, () => p('word '.repeat(23).trim())))
    expect(countWords(long)).toBe(2300)
    expect(readingTimeMinutes(long)).toBe(10)
    expect(countWords(doc(code('python', 'print("a")\nprint("b")')))).toBe(2)
  })

  it('copes with an empty or missing body', () => {
    expect(readingTimeMinutes(null)).toBe(1)
    expect(readingTimeMinutes({ root: { children: [] } })).toBe(1)
  })
})

describe('headings', () => {
  it('gives each heading a unique anchor, in order', () => {
    const body = doc(h2('Limitations'), p('x'), h3('Django'), h2('Limitations'), ul('a'))
    const { headings, ids } = collectHeadings(body)
    expect(headings).toEqual([
      { id: 'limitations', text: 'Limitations', level: 2 },
      { id: 'django', text: 'Django', level: 3 },
      { id: 'limitations-2', text: 'Limitations', level: 2 },
    ])
    expect(ids.get(body.root.children[0])).toBe('limitations')
  })
})

describe('inline text for seed content', () => {
  it('understands code, bold, italic and links', () => {
    const nodes = inline('Use `select_related`, **always**, *maybe* [docs](https://example.com).')
    expect(nodes.map((node) => node.type)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'link',
      'text',
    ])
    expect(nodes[1]).toMatchObject({ text: 'select_related', format: 16 })
    expect(nodes[3]).toMatchObject({ text: 'always', format: 1 })
    expect(nodes[5]).toMatchObject({ text: 'maybe', format: 2 })
    expect(nodes[7]).toMatchObject({ fields: { url: 'https://example.com' } })
  })
})

describe('dates', () => {
  it('are written in the page language, whatever the machine locale', () => {
    expect(formatDate('2026-11-18T09:00:00.000Z', 'en', 'Europe/Madrid')).toBe('November 18, 2026')
    expect(formatDate('2026-02-18T09:00:00.000Z', 'es', 'Europe/Madrid')).toBe(
      '18 de febrero de 2026',
    )
    expect(formatDate('2026-11-18T09:00:00.000Z', 'ru', 'Europe/Madrid')).toBe('18 ноября 2026 г.')
  })

  it('fall on the day of the site time zone, not the server one', () => {
    // 23:30 UTC on 31 December is already 1 January in Madrid, still 31 December in New York.
    expect(formatDate('2025-12-31T23:30:00.000Z', 'en', 'Europe/Madrid')).toBe('January 1, 2026')
    expect(formatDate('2025-12-31T23:30:00.000Z', 'en', 'America/New_York')).toBe(
      'December 31, 2025',
    )
  })
})

describe('reading time', () => {
  it("follows each language's plural rules", () => {
    const minutes = (locale: 'en' | 'es' | 'ru', n: number) =>
      translator(locale, 'article')('readingTime', { minutes: n })
    expect(minutes('en', 1)).toBe('1 min read')
    expect(minutes('en', 7)).toBe('7 min read')
    expect(minutes('es', 7)).toBe('7 min de lectura')
    expect(minutes('ru', 1)).toBe('1 минута чтения')
    expect(minutes('ru', 3)).toBe('3 минуты чтения')
    expect(minutes('ru', 7)).toBe('7 минут чтения')
    expect(minutes('ru', 21)).toBe('21 минута чтения')
  })
})

describe('the revalidation token', () => {
  it('is derived from the secret and checked in constant time', async () => {
    const { isRevalidateToken, revalidateToken } = await import('@/lib/revalidate-token')
    const secret = 's'.repeat(40)
    expect(isRevalidateToken(revalidateToken(secret), secret)).toBe(true)
    expect(isRevalidateToken(revalidateToken('t'.repeat(40)), secret)).toBe(false)
    expect(isRevalidateToken('', secret)).toBe(false)
    expect(isRevalidateToken(undefined, secret)).toBe(false)
  })
})
