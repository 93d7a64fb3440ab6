/**
 * Full-text search per language (src/search), against the real PostgreSQL index: stemming,
 * accents, phrases, exclusions, ranking, typo suggestions, languages kept apart, drafts never
 * found, and the index following publish, unpublish, rename and delete at once.
 */
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { SearchSnippet } from '@/components/SearchSnippet'
import type { Locale } from '@/lib/locales'
import { searchSite } from '@/search/query'
import { doc, h2, p } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'

let payload: Payload
const context = { disableRevalidate: true }

type Text = { title: string; description?: string; body?: string[]; heading?: string }

let count = 0
/** An article published in English, and in each other language given. */
async function article(
  english: Text,
  translations: Partial<Record<Locale, Text>> = {},
  status = 'published',
) {
  count += 1
  const data = (text: Text, locale: Locale) => ({
    title: text.title,
    slug: `search-${count}-${locale}`,
    description: text.description ?? 'A short description.',
    body: doc(...(text.heading ? [h2(text.heading)] : []), ...(text.body ?? ['Some text.']).map(p)),
    _status: status,
  })
  const created = await payload.create({
    collection: 'articles',
    data: data(english, 'en') as never,
    draft: status === 'draft',
    context,
  })
  for (const [locale, text] of Object.entries(translations) as [Locale, Text][]) {
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale,
      data: data(text, locale) as never,
      publishSpecificLocale: locale,
      context,
    })
  }
  return created.id
}

/** The titles the query itself finds (not documents with similar words). */
async function titles(locale: Locale, query: string) {
  const results = await searchSite(payload, locale, query)
  return results.similar ? [] : results.hits.map((hit) => hit.title)
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('search: stemming and accents', () => {
  it('English: plural and singular, and other forms of a word', async () => {
    await article({ title: 'Caching strategies', body: ['We cache the queries that run most.'] })
    expect(await titles('en', 'strategy')).toContain('Caching strategies')
    expect(await titles('en', 'cached query')).toContain('Caching strategies')
  })

  it('Spanish: "frameworks rápidos" and "framework rapido" find each other, accents or not', async () => {
    await article(
      { title: 'Fast frameworks' },
      { es: { title: 'Un framework rápido para APIs', body: ['Elegir bien importa.'] } },
    )
    await article(
      { title: 'Quick ones' },
      { es: { title: 'Comparativa', body: ['Los frameworks más rápidos de Python.'] } },
    )
    const plural = await titles('es', 'frameworks rápidos')
    expect(plural).toEqual(expect.arrayContaining(['Un framework rápido para APIs', 'Comparativa']))
    const { hits } = await searchSite(payload, 'es', 'frameworks rapidos')
    const body = hits.find((hit) => hit.title === 'Comparativa')
    expect(body?.snippet).toMatch(/\u0001frameworks\u0002 más \u0001rápidos\u0002/)
    const plain = await titles('es', 'framework rapido')
    expect(plain).toEqual(expect.arrayContaining(['Un framework rápido para APIs', 'Comparativa']))
  })

  it('Russian: case endings ("фреймворки", "фреймворков") and ё written as е', async () => {
    await article(
      { title: 'Choosing' },
      { ru: { title: 'Как выбрать', body: ['Все фреймворки хороши; ещё один пример.'] } },
    )
    expect(await titles('ru', 'фреймворков')).toContain('Как выбрать')
    expect(await titles('ru', 'фреймворк')).toContain('Как выбрать')
    expect(await titles('ru', 'еще пример')).toContain('Как выбрать')
  })

  it('English: accents do not matter ("cafe" finds "café")', async () => {
    await article({ title: 'Notes from a café', body: ['Written in a café in Gràcia.'] })
    expect(await titles('en', 'cafe gracia')).toContain('Notes from a café')
  })
})

describe('search: the query language', () => {
  it('"quoted phrases" match the words in order only', async () => {
    await article({ title: 'Phrase one', body: ['An async ORM changes how you write views.'] })
    await article({
      title: 'Phrase two',
      body: ['The ORM is synchronous; async views still block.'],
    })
    const found = await titles('en', '"async orm"')
    expect(found).toContain('Phrase one')
    expect(found).not.toContain('Phrase two')
  })

  it('-exclusions leave out documents with the word, and `or` takes either', async () => {
    await article({ title: 'Plural one', body: ['Quokkas and wombats.'] })
    await article({ title: 'Plural two', body: ['Quokkas and numbats.'] })
    expect(await titles('en', 'quokka -wombat')).toEqual(['Plural two'])
    const either = await titles('en', 'wombat or numbat')
    expect(either.sort()).toEqual(['Plural one', 'Plural two'])
  })

  it('a title match outranks a body-only match, however often the body says it', async () => {
    await article({
      title: 'Body only',
      body: ['Zanzibar zanzibar zanzibar.', 'Zanzibar again, zanzibar and zanzibar.'],
    })
    await article({ title: 'Zanzibar in the title', body: ['Something else entirely.'] })
    expect(await titles('en', 'zanzibar')).toEqual(['Zanzibar in the title', 'Body only'])
  })

  it('odd queries answer with no results, never an error', async () => {
    for (const query of [
      '',
      '   ',
      '-',
      '""',
      '" or - or "',
      "'; drop table search_documents; --",
      '!!!',
      '🙂🚀',
      '\u0000 null',
      'x'.repeat(5000),
      'a & b | !c <-> d:*',
    ]) {
      const results = await searchSite(payload, 'en', query)
      expect(results.total).toBeGreaterThanOrEqual(0)
    }
    expect((await searchSite(payload, 'en', 'x'.repeat(5000))).query.length).toBeLessThanOrEqual(
      200,
    )
  })
})

describe('search: typos', () => {
  it('offers "Did you mean Django?" for "djnago", and FastAPI for "fastpi", from titles', async () => {
    await article({ title: 'Django admin in production', heading: 'Why FastAPI is different' })
    const django = await searchSite(payload, 'en', 'djnago')
    expect(django.suggestion).toBe('Django')
    expect(django.hits.map((hit) => hit.title)).toContain('Django admin in production')
    expect(django.similar).toBe(true)
    expect((await searchSite(payload, 'en', 'fastpi')).suggestion).toBe('FastAPI')
  })

  it('suggests "Джанго" in Russian where the Russian text writes it so', async () => {
    await article({ title: 'English side' }, { ru: { title: 'Джанго для начинающих' } })
    expect((await searchSite(payload, 'ru', 'джанга')).suggestion).toBe('Джанго')
  })
})

describe('search: what is public, in its language', () => {
  it('finds a document only in the languages it is published in', async () => {
    await article({ title: 'Only English: blorptastic' })
    expect(await titles('en', 'blorptastic')).toEqual(['Only English: blorptastic'])
    expect(await titles('es', 'blorptastic')).toEqual([])
    expect(await titles('ru', 'blorptastic')).toEqual([])
  })

  it('never finds a draft', async () => {
    await article({ title: 'Secret draft: frobnicator' }, {}, 'draft')
    expect(await titles('en', 'frobnicator')).toEqual([])
    const similar = await searchSite(payload, 'en', 'frobnicatr')
    expect(similar.hits).toEqual([])
    expect(similar.suggestion).toBeNull()
  })

  it('shows a <script> in a body as text in the snippet, with the match marked', async () => {
    await article({ title: 'Markup', body: ['Beware <script>alert(1)</script> of the xylophone.'] })
    const [hit] = (await searchSite(payload, 'en', 'xylophone')).hits
    const html = renderToStaticMarkup(SearchSnippet({ snippet: hit.snippet }))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).toContain('<mark>xylophone</mark>')
  })
})

describe('search: the index follows every change within a second', () => {
  it('publish, rename, unpublish, delete', async () => {
    const id = await article({ title: 'Quietly drafted: marmalade' }, {}, 'draft')
    let started = Date.now()
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' } as never,
      context,
    })
    expect(await titles('en', 'marmalade')).toEqual(['Quietly drafted: marmalade'])
    expect(Date.now() - started).toBeLessThan(1000)

    await payload.update({
      collection: 'articles',
      id,
      data: { slug: 'marmalade-renamed' },
      context,
    })
    expect((await searchSite(payload, 'en', 'marmalade')).hits[0].slug).toBe('marmalade-renamed')

    started = Date.now()
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'draft' } as never,
      context,
    })
    expect(await titles('en', 'marmalade')).toEqual([])
    expect(Date.now() - started).toBeLessThan(1000)

    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' } as never,
      context,
    })
    expect(await titles('en', 'marmalade')).toHaveLength(1)
    await payload.delete({ collection: 'articles', id, context })
    expect(await titles('en', 'marmalade')).toEqual([])
  })

  it('a comparison is found by its rows', async () => {
    await payload.create({
      collection: 'comparisons',
      data: {
        title: 'Celery vs Dramatiq',
        slug: 'celery-vs-dramatiq-search',
        optionA: 'Celery',
        optionB: 'Dramatiq',
        rows: [
          {
            feature: 'Retries',
            a: 'Configurable',
            b: 'Built in with backoff',
            note: 'Idempotency matters',
          },
        ],
        _status: 'published',
      } as never,
      context,
    })
    expect(await titles('en', 'idempotency backoff')).toEqual(['Celery vs Dramatiq'])
    const [hit] = (await searchSite(payload, 'en', 'idempotency')).hits
    expect(hit.collection).toBe('comparisons')
  })
})

describe('search: snippets', () => {
  it('come from the passage with the words, even when they are in different paragraphs', async () => {
    const filler = 'Nothing to see in this paragraph, only words that fill it up. '.repeat(12)
    await article({
      title: 'Far apart',
      description: 'A description without the words.',
      body: [filler, 'The pelican arrives here.', filler, filler, 'Much later, the walrus.'],
    })
    const [hit] = (await searchSite(payload, 'en', 'pelican walrus')).hits
    expect(hit.title).toBe('Far apart')
    // Each word is marked where it stands, though the passage holds only one of them.
    expect(hit.snippet).toMatch(/\u0001(pelican|walrus)\u0002/)
  })
})
