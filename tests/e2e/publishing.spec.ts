/**
 * Publishing is instant everywhere, and drafts are never public: an article's whole life through
 * the REST API as an editor would drive it from the admin, checked on every public surface.
 */
import { type APIRequestContext, expect, test } from '@playwright/test'

import { apiClients, lexicalParagraphs } from '../helpers/admin'

test.describe.configure({ mode: 'serial' })

const INSTANT = { timeout: 2_000, intervals: [100, 100, 200] }
const stamp = Date.now().toString(36)
const slug = `publishing-check-${stamp}`
const title = `Publishing check ${stamp}`
let api: APIRequestContext
let anonymous: APIRequestContext
let auth: Record<string, string>
let articleId: number
let djangoTagId: number

async function html(path: string) {
  const response = await anonymous.get(path)
  return { status: response.status(), body: await response.text() }
}

/** Every public surface that must (or must not) show the article. */
const surfaces = ['/', '/articles', '/tags/django', '/feed.xml', '/sitemap.xml']

/** Where `text` shows (the sitemap lists addresses, so there it looks for the article's). */
async function visibleOn(text: string) {
  const found: string[] = []
  for (const path of [...surfaces, `/articles/${slug}`]) {
    const { status, body } = await html(path)
    const needle = path === '/sitemap.xml' ? `/articles/${slug}<` : text
    if (status === 200 && body.includes(needle)) found.push(path)
  }
  return found
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const clients = await apiClients(playwright.request, baseURL)
  anonymous = clients.anonymous
  api = clients.api
  auth = clients.auth
  const tags = await (await api.get('/api/tags?where[slug][equals]=django')).json()
  djangoTagId = tags.docs[0].id
})

test.afterAll(async () => {
  await api?.dispose()
  await anonymous?.dispose()
})

test('a draft is on no public page, list, feed, sitemap or anonymous API', async () => {
  const created = await api.post('/api/articles', {
    data: {
      title,
      slug,
      description: `A draft written by the publishing test ${stamp}.`,
      body: lexicalParagraphs('First version of the text.'),
      tags: [djangoTagId],
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  articleId = (await created.json()).doc.id

  expect(await visibleOn(title)).toEqual([])
  expect((await html(`/articles/${slug}`)).status).toBe(404)

  const one = await anonymous.get(`/api/articles/${articleId}`)
  expect([403, 404]).toContain(one.status())
  const list = await (await anonymous.get(`/api/articles?where[slug][equals]=${slug}`)).json()
  expect(list.docs).toEqual([])
  const draftList = await (
    await anonymous.get(`/api/articles?draft=true&where[slug][equals]=${slug}`)
  ).json()
  expect(draftList.docs ?? []).toEqual([])
  const versions = await anonymous.get(`/api/articles/versions`)
  expect(JSON.stringify(await versions.json())).not.toContain(title)
  const graphql = await (
    await anonymous.post('/api/graphql', {
      data: {
        query: `{ Articles(draft: true, where: { slug: { equals: "${slug}" } }) { docs { title } } }`,
      },
    })
  ).json()
  expect(JSON.stringify(graphql)).not.toContain(title)
})

test('a signed-in editor can preview the draft; a stranger cannot turn preview on', async ({
  browser,
  baseURL,
}) => {
  const stranger = await anonymous.get(`/api/preview?collection=articles&slug=${slug}`, {
    maxRedirects: 0,
  })
  expect(stranger.status()).toBe(401)

  const context = await browser.newContext()
  const token = auth.Authorization.replace('JWT ', '')
  await context.addCookies([{ name: 'payload-token', value: token, url: baseURL! }])
  const page = await context.newPage()
  await page.goto(`/api/preview?collection=articles&slug=${slug}`)
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByText('Draft preview')).toBeVisible()
  await page.goto(`/api/exit-preview?to=/articles/${slug}`)
  expect((await page.request.get(`/articles/${slug}`)).status()).toBe(404)
  await context.close()
})

test('publishing shows it on its page and every list within 2 s', async () => {
  const published = await api.patch(`/api/articles/${articleId}`, {
    data: { _status: 'published' },
  })
  expect(published.status()).toBe(200)
  await expect.poll(() => visibleOn(title), INSTANT).toEqual([...surfaces, `/articles/${slug}`])
  const page = await html(`/articles/${slug}`)
  expect(page.body).toContain('First version of the text.')
  expect(page.body).toMatch(/1 min read/)
})

test('an edit shows everywhere within 2 s', async () => {
  const edited = `${title} (edited)`
  const response = await api.patch(`/api/articles/${articleId}`, {
    data: { title: edited, body: lexicalParagraphs('Second version of the text.') },
  })
  expect(response.status()).toBe(200)
  await expect.poll(() => visibleOn(edited), INSTANT).toEqual([...surfaces, `/articles/${slug}`])
  expect((await html(`/articles/${slug}`)).body).toContain('Second version of the text.')
})

test('editing a comparison row updates the articles that embed it and its page', async () => {
  const { docs } = await (
    await api.get('/api/comparisons?where[slug][equals]=django-vs-fastapi')
  ).json()
  const comparison = docs[0]
  const original = comparison.rows
  const changed = original.map((row: { feature: string; b: string }) =>
    row.feature === 'Performance' ? { ...row, b: `Excellent (measured ${stamp})` } : row,
  )
  expect(
    (await api.patch(`/api/comparisons/${comparison.id}`, { data: { rows: changed } })).status(),
  ).toBe(200)
  const shows = async () => [
    (await html('/articles/django-vs-fastapi')).body.includes(`measured ${stamp}`),
    (await html('/compare/django-vs-fastapi')).body.includes(`measured ${stamp}`),
  ]
  await expect.poll(shows, INSTANT).toEqual([true, true])
  await api.patch(`/api/comparisons/${comparison.id}`, { data: { rows: original } })
  await expect.poll(shows, INSTANT).toEqual([false, false])
})

test('unpublishing takes it off every page within 2 s', async () => {
  const response = await api.patch(`/api/articles/${articleId}`, { data: { _status: 'draft' } })
  expect(response.status()).toBe(200)
  await expect.poll(() => visibleOn(title), INSTANT).toEqual([])
  expect((await html(`/articles/${slug}`)).status).toBe(404)
})

test('deleting removes it everywhere within 2 s', async () => {
  await api.patch(`/api/articles/${articleId}`, { data: { _status: 'published' } })
  await expect.poll(() => visibleOn(title), INSTANT).toContain(`/articles/${slug}`)
  expect((await api.delete(`/api/articles/${articleId}`)).status()).toBe(200)
  await expect.poll(() => visibleOn(title), INSTANT).toEqual([])
  expect((await html(`/articles/${slug}`)).status).toBe(404)
})

test('the index pages ten articles at a time, newest first, and page 2 appears when needed', async () => {
  const before = (await (await anonymous.get('/api/articles?limit=0')).json()).totalDocs as number
  const extra = Math.max(0, 11 - before)
  const ids: number[] = []
  for (let i = 0; i < extra; i++) {
    const response = await api.post('/api/articles', {
      data: {
        title: `Paging check ${stamp} ${i}`,
        description: 'Fills the index for the pagination test.',
        body: lexicalParagraphs('Filler.'),
        publishedAt: new Date(Date.UTC(2020, 0, 1 + i)).toISOString(),
        _status: 'published',
      },
    })
    ids.push((await response.json()).doc.id)
  }
  try {
    await expect.poll(async () => (await html('/articles/page/2')).status, INSTANT).toBe(200)
    const first = (await html('/articles')).body
    expect(first.match(/<li><article>/g)?.length).toBe(10)
    expect(first).toContain('href="/articles/page/2"')
    const second = (await html('/articles/page/2')).body
    // The oldest filler (2020-01-01) is on page 2, the newest article on page 1.
    expect(second).toContain(`Paging check ${stamp} 0`)
    expect(first).toContain('Django vs FastAPI')
  } finally {
    for (const id of ids) await api.delete(`/api/articles/${id}`)
  }
  await expect.poll(async () => (await html('/articles/page/2')).status, INSTANT).toBe(404)
})

test('the revalidation endpoint for jobs and fresh servers refuses anyone without its token', async () => {
  const none = await anonymous.post('/api/revalidate')
  expect(none.status()).toBe(401)
  const forged = await anonymous.post('/api/revalidate', {
    headers: { Authorization: 'Bearer forged' },
  })
  expect(forged.status()).toBe(401)
})

test('renaming a slug keeps the old address working with a 308, without chains', async () => {
  const created = await api.post('/api/articles', {
    data: {
      title: `Renamed ${stamp}`,
      slug: `first-${stamp}`,
      description: 'An article that changes its address twice.',
      body: lexicalParagraphs('Still here.'),
      _status: 'published',
    },
  })
  const id = (await created.json()).doc.id
  await api.patch(`/api/articles/${id}`, { data: { slug: `second-${stamp}` } })
  await api.patch(`/api/articles/${id}`, { data: { slug: `third-${stamp}` } })

  for (const old of [`first-${stamp}`, `second-${stamp}`]) {
    const response = await anonymous.get(`/articles/${old}`, { maxRedirects: 0 })
    expect(response.status(), old).toBe(308)
    expect(response.headers().location).toMatch(new RegExp(`/articles/third-${stamp}$`))
  }
  const final = await anonymous.get(`/articles/first-${stamp}`)
  expect(final.status()).toBe(200)
  expect(await final.text()).toContain('Still here.')
  await api.delete(`/api/articles/${id}`)
})
