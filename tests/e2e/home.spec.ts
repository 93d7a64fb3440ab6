/**
 * The home page as content, clicked through as the owner and checked as a reader: editing the
 * hero and reordering blocks in /admin, then publishing, shows on the home page within 2 s; a
 * case study has its page, its sitemap entry, and a place under articles that share its tags.
 */
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { apiClients, lexicalParagraphs, logInToAdmin } from '../helpers/admin'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
let anonymous: APIRequestContext
let api: APIRequestContext
/** The English home page as it was, put back at the end for the other specs. */
let savedLayout: unknown

const layout = [
  {
    blockType: 'hero',
    headline: `Backends that stay fast ${stamp}`,
    subline: 'Python and Django, from the first query to the last replica.',
    primary: { label: 'Book a free 30-minute call', link: '/book' },
    secondary: { label: 'Read the articles', link: '/articles' },
  },
  {
    blockType: 'services',
    heading: `Services ${stamp}`,
    services: [
      { title: 'Performance review', description: 'Find what is slow.', priceFrom: 900 },
      { title: 'Architecture', description: 'Shape what comes next.', link: '/contact' },
      { title: 'Hands-on help', description: 'Build it with your team.' },
    ],
  },
  { blockType: 'latestArticles', heading: `Latest writing ${stamp}`, count: 3 },
  { blockType: 'callToAction' },
]

test.beforeAll(async ({ playwright, baseURL }) => {
  const clients = await apiClients(playwright.request, baseURL)
  anonymous = clients.anonymous
  api = clients.api
  const current = await api.get('/api/globals/home?locale=en&depth=0&fallback-locale=none')
  savedLayout = (await current.json()).layout ?? []
  const saved = await api.post('/api/globals/home?locale=en', {
    data: { layout, _status: 'published' },
  })
  expect(saved.status()).toBe(200)
})

test.afterAll(async () => {
  const strip = (blocks: unknown) =>
    JSON.parse(JSON.stringify(blocks ?? []), (key, value) => (key === 'id' ? undefined : value))
  await api?.post('/api/globals/home?locale=en', {
    data: { layout: strip(savedLayout), _status: 'published' },
  })
  await api?.dispose()
  await anonymous?.dispose()
})

/** The h2 headings of the home page's sections, top to bottom. */
async function sectionHeadings(page: Page) {
  return page.locator('main section > h2').allTextContents()
}

test('the owner edits the hero, swaps two blocks and publishes: the home page shows it within 2 s', async ({
  page,
  browser,
}) => {
  const reader = await browser.newPage()
  await reader.goto('/')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(layout[0].headline as string)
  expect(await sectionHeadings(reader)).toEqual([`Services ${stamp}`, `Latest writing ${stamp}`])

  await logInToAdmin(page)
  await page.goto('/admin/globals/home')
  const headline = page.locator('#field-layout__0__headline')
  const edited = `Django backends that stay fast ${stamp}`
  await expect(async () => {
    await headline.fill(edited)
    await expect(headline).toHaveValue(edited)
  }).toPass({ timeout: 30_000 })
  // Services (the second block) moves below the latest articles.
  await page.locator('#layout-row-1 .array-actions__button').first().click()
  await page.getByRole('button', { name: 'Move Down' }).click()
  await expect(page.locator('#field-layout__2__heading')).toHaveValue(`Services ${stamp}`)
  await expect(page.locator('#field-layout__1__heading')).toHaveValue(`Latest writing ${stamp}`)

  await expect(async () => {
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText('Updated successfully').first()).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 20_000 })
  const published = Date.now()

  await expect(async () => {
    await reader.reload()
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(edited, { timeout: 200 })
  }).toPass({ timeout: 2_000, intervals: [100] })
  expect(Date.now() - published).toBeLessThan(2_000)
  expect(await sectionHeadings(reader)).toEqual([`Latest writing ${stamp}`, `Services ${stamp}`])
  // The primary action leads to the booking page, with the page it was followed from.
  await expect(reader.getByRole('link', { name: 'Book a free 30-minute call' })).toHaveAttribute(
    'href',
    '/book?from=%2F',
  )
  await expect(reader.getByText('from €900')).toBeVisible()
  await reader.close()
})

test('a drafted home page stays private until it is published; the owner’s preview shows it', async ({
  page,
}) => {
  const draft = await api.post('/api/globals/home?locale=en&draft=true&autosave=true', {
    data: { layout: [{ ...layout[0], headline: `Unpublished ${stamp}` }], _status: 'draft' },
  })
  expect(draft.status()).toBe(200)
  expect(await (await anonymous.get('/')).text()).not.toContain(`Unpublished ${stamp}`)
  const asked = await anonymous.get('/api/globals/home?draft=true&locale=en')
  expect(await asked.text()).not.toContain(`Unpublished ${stamp}`)
  expect(
    (await anonymous.get('/api/preview?page=home&locale=en', { maxRedirects: 0 })).status(),
  ).toBe(401)

  // The admin's preview (and its live preview frame) of the home page: the draft, marked as one.
  await logInToAdmin(page)
  await page.goto('/api/preview?page=home&locale=en')
  await expect(page).toHaveURL(/\/preview$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Unpublished ${stamp}`)
  await expect(page.getByRole('status')).toContainText('Draft preview')
  // In draft mode the public home page is still the published one; the preview page is nobody else's.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(`Unpublished ${stamp}`)
  expect((await anonymous.get('/preview')).status()).toBe(404)
})

test('a case study has its page, its sitemap entry, and a place under articles that share a tag', async ({
  page,
}) => {
  const tag = await api.post('/api/tags?locale=en', {
    data: { name: `Queues ${stamp}`, slug: `queues-${stamp}` },
  })
  const tagId = (await tag.json()).doc.id
  const slug = `payments-queue-${stamp}`
  const study = await api.post('/api/case-studies?locale=en', {
    data: {
      title: `A payments queue that keeps up ${stamp}`,
      slug,
      client: 'A fintech startup',
      summary: 'Card payments waited minutes in a queue; now they take seconds.',
      problem: 'Payments queued behind reports.\n\nRetries made it worse.',
      work: 'Split the queues and added back-off.',
      outcomes: [
        { metric: 'p95 payment time', figure: '4 min → 6 s' },
        { metric: 'Shipped in', figure: '5 weeks' },
      ],
      tags: [tagId],
      _status: 'published',
    },
  })
  expect(study.status()).toBe(201)
  const articleSlug = `queues-in-practice-${stamp}`
  const article = await api.post('/api/articles?locale=en', {
    data: {
      title: `Queues in practice ${stamp}`,
      slug: articleSlug,
      description: 'How to keep a queue moving.',
      body: lexicalParagraphs('Queues fill up.'),
      tags: [tagId],
      _status: 'published',
    },
  })
  expect(article.status()).toBe(201)

  await page.goto(`/cases/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `A payments queue that keeps up ${stamp}`,
  )
  await expect(page.getByText('4 min → 6 s')).toBeVisible()
  await expect(page.getByText('Retries made it worse.')).toBeVisible()
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(jsonLd.join('\n')).toContain('"headline":"A payments queue that keeps up')

  const sitemap = await (await anonymous.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`/cases/${slug}</loc>`)
  expect(sitemap).toMatch(/\/cases<\/loc>/)

  await page.goto(`/articles/${articleSlug}`)
  const usedIn = page.getByRole('region', { name: 'Where I used this' })
  await expect(
    usedIn.getByRole('link', { name: `A payments queue that keeps up ${stamp}` }),
  ).toHaveAttribute('href', `/cases/${slug}`)

  await page.goto('/cases')
  await expect(
    page.getByRole('link', { name: `A payments queue that keeps up ${stamp}` }),
  ).toBeVisible()
  // Not published in Spanish: no Spanish page.
  expect((await anonymous.get(`/es/cases/${slug}`, { maxRedirects: 0 })).status()).toBe(404)
})
