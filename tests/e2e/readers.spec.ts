/**
 * What a reader sees, on the demo content the site seeds into its fresh database: the journey
 * home → index → tag → article → table → call to action, the metadata, the feed and the sitemap.
 */
import { expect, test } from '@playwright/test'

import { accessibilityViolations } from '../helpers/axe'

const ARTICLE = '/articles/django-vs-fastapi'
const TITLE = 'Django vs FastAPI: Which Framework Should You Choose for Your Backend?'
const MONTHS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/

test('a reader goes from the home page to an article, its comparison table and the call to action', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Latest articles' })).toBeVisible()
  await page.getByRole('link', { name: 'All articles →' }).click()

  await expect(page).toHaveURL(/\/articles$/)
  await expect(page.getByRole('heading', { level: 1, name: 'All articles' })).toBeVisible()
  const items = page.locator('.article-list > li')
  expect(await items.count()).toBeGreaterThanOrEqual(4)
  // Newest first: the dates never go up.
  const dates = await page
    .locator('.article-list time')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
  expect([...dates].sort().reverse()).toEqual(dates)
  await expect(items.first().getByText(/\d+ min read/)).toBeVisible()

  await items.filter({ hasText: TITLE }).getByRole('link', { name: 'Django', exact: true }).click()
  await expect(page).toHaveURL(/\/tags\/django$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles about Django')
  await page.getByRole('link', { name: TITLE }).click()

  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  const time = page.locator('article header time')
  await expect(time).toHaveText(MONTHS)
  expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  await expect(page.locator('article header .meta')).toContainText(/· \d+ min read/)
  await expect(page.locator('.byline')).toContainText('Freelance Python/Django Developer')
  await expect(page.locator('.byline')).toContainText('Barcelona')

  // Contents: every link points at a heading on the page.
  const toc = page.getByRole('navigation', { name: 'Contents' })
  const anchors = await toc
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  expect(anchors.length).toBeGreaterThanOrEqual(6)
  for (const anchor of anchors) await expect(page.locator(`${anchor}`)).toBeAttached()
  await toc.getByRole('link', { name: 'Head-to-head comparison' }).click()
  await expect(page).toHaveURL(/#head-to-head-comparison$/)

  // The body renders lists and code.
  await expect(page.locator('.prose ul li').first()).toBeVisible()
  await expect(page.locator('.prose pre code').first()).toBeVisible()

  // A real table with headers.
  const table = page.locator('figure.comparison table').first()
  await expect(table.locator('thead th[scope="col"]')).toHaveText(['Feature', 'Django', 'FastAPI'])
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(10)
  const orm = table.locator('tbody tr', { has: page.locator('th', { hasText: /^ORM/ }) })
  await expect(orm.locator('td')).toHaveText(['Built-in, mature', 'Bring your own (SQLAlchemy)'])

  await expect(page.getByRole('heading', { name: 'Related articles' })).toBeVisible()
  expect(await page.locator('.related .article-list > li').count()).toBeLessThanOrEqual(3)
  expect(await page.locator('.related .article-list > li').count()).toBeGreaterThan(0)

  const cta = page.getByRole('complementary', { name: 'Call to action' }).last()
  // Booking a call straight away, or writing first.
  await expect(cta.getByRole('link', { name: 'Or book a call directly' })).toHaveAttribute(
    'href',
    '/book?from=%2Farticles%2Fdjango-vs-fastapi',
  )
  await cta.getByRole('link', { name: 'Request a free consultation' }).click()
  await expect(page).toHaveURL(/\/contact\?from=%2Farticles%2Fdjango-vs-fastapi$/)
})

test('the comparison table stays readable on a 360 px phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  await page.goto(ARTICLE)
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth).toBeLessThanOrEqual(360)
  const cell = page.locator('figure.comparison td').first()
  const box = await cell.boundingBox()
  expect(box!.width).toBeGreaterThan(200)
  await context.close()
})

test('the article page has its title, description, canonical URL, sharing tags and JSON-LD', async ({
  page,
  baseURL,
}) => {
  await page.goto(ARTICLE)
  await expect(page).toHaveTitle(new RegExp(`^${TITLE.replace(/[?]/g, '\\?')}`))
  const meta = (selector: string) => page.locator(selector).getAttribute('content')
  expect(await meta('meta[name="description"]')).toBeTruthy()
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
    `${baseURL}${ARTICLE}`,
  )
  expect(await meta('meta[property="og:title"]')).toBe(TITLE)
  expect(await meta('meta[property="og:type"]')).toBe('article')
  expect(await meta('meta[property="og:url"]')).toBe(`${baseURL}${ARTICLE}`)
  expect(await meta('meta[property="article:published_time"]')).toMatch(/^\d{4}-/)
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
  const ogImage = await meta('meta[property="og:image"]')
  expect(ogImage).toBe(`${baseURL}/og/django-vs-fastapi`)
  const image = await page.request.get(ogImage!)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')

  const jsonLd = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? '{}')))
  const posting = jsonLd.find((data) => data['@type'] === 'BlogPosting')
  expect(posting.headline).toBe(TITLE)
  expect(posting.author).toMatchObject({
    '@type': 'Person',
    jobTitle: 'Freelance Python/Django Developer',
  })
  expect(posting.datePublished).toMatch(/^\d{4}-/)
  expect(posting.dateModified).toMatch(/^\d{4}-/)
  const crumbs = jsonLd.find((data) => data['@type'] === 'BreadcrumbList')
  expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
    'Home',
    'Articles',
    TITLE,
  ])
})

test('the comparison page shows the intro, the table, the verdict and the articles that embed it', async ({
  page,
}) => {
  await page.goto('/compare/django-vs-fastapi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Django vs FastAPI')
  await expect(page.locator('tbody th[scope="row"]')).toHaveCount(10)
  await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible()
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Call to action' })).toBeVisible()
})

test('the RSS feed, the sitemap and robots.txt list what they should', async ({
  request,
  baseURL,
}) => {
  const feed = await request.get('/feed.xml')
  expect(feed.headers()['content-type']).toContain('application/rss+xml')
  const xml = await feed.text()
  expect(xml).toContain('<rss version="2.0"')
  expect(xml).toContain(`<link>${baseURL}${ARTICLE}</link>`)
  expect(xml.match(/<item>/g)?.length).toBeGreaterThanOrEqual(4)

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`<loc>${baseURL}${ARTICLE}</loc>`)
  expect(sitemap).toContain(`<loc>${baseURL}/compare/django-vs-fastapi</loc>`)
  expect(sitemap).toContain(`<loc>${baseURL}/tags/django</loc>`)
  expect(sitemap).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/)

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Disallow: \/admin/)
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
})

test('missing pages answer 404 with a way back', async ({ page }) => {
  for (const path of [
    '/articles/no-such-article',
    '/tags/no-such-tag',
    '/compare/nothing',
    '/nowhere',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  }
})

test('/articles?page=2 goes to the canonical page address', async ({ request }) => {
  const response = await request.get('/articles?page=2', { maxRedirects: 0 })
  expect(response.status()).toBe(308)
  expect(new URL(response.headers().location, 'http://x').pathname).toBe('/articles/page/2')
})

for (const path of ['/', '/articles', ARTICLE, '/tags/django', '/compare/django-vs-fastapi']) {
  test(`no accessibility violations on ${path}`, async ({ browser }) => {
    expect(await accessibilityViolations(browser, path)).toEqual([])
  })
}
