/**
 * Page views as a reader's browser makes them, checked where the owner reads them (the admin
 * dashboard): one per page load and one per client-side navigation, none for a prefetched page,
 * a bot, Do Not Track, Global Privacy Control or a signed-in editor; the table sorts by a column;
 * an editor sees no lead figures.
 */
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  devices,
  expect,
  type Page,
  test,
} from '@playwright/test'

import { apiClients, lexicalParagraphs, logInToAdmin } from '../helpers/admin'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const title = `Counting views ${stamp}`
const slug = `counting-views-${stamp}`
const path = `/articles/${slug}`
const EDITOR = { email: `views.editor.${stamp}@example.com`, password: 'a-long-editor-password' }

let api: APIRequestContext
let anonymous: APIRequestContext
let owner: Page
let readers = 0

test.beforeAll(async ({ playwright, baseURL, browser }) => {
  const clients = await apiClients(playwright.request, baseURL)
  api = clients.api
  anonymous = clients.anonymous
  const created = await api.post('/api/articles', {
    data: {
      title,
      slug,
      description: 'An article whose views the dashboard counts.',
      body: lexicalParagraphs('Read me once.'),
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const editor = await api.post('/api/users', { data: { ...EDITOR, roles: ['editor'] } })
  expect(editor.status()).toBe(201)
  owner = await (await browser.newContext({ baseURL })).newPage()
  await logInToAdmin(owner)
})

test.afterAll(async () => {
  await owner?.context().close()
  await api?.dispose()
  await anonymous?.dispose()
})

/**
 * A reader's browser (a desktop Chrome, not Playwright's "HeadlessChrome", which is a bot), from a
 * client address of its own: the suite's other requests come from 127.0.0.1's allowance.
 */
function reader(
  browser: Browser,
  baseURL: string,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  readers += 1
  return browser.newContext({
    ...devices['Desktop Chrome'],
    baseURL,
    ...options,
    extraHTTPHeaders: {
      'X-Forwarded-For': `203.0.113.${readers}`,
      ...options.extraHTTPHeaders,
    },
  })
}

/** The beacons a page sends, by the path they name, as the server answered them. */
function beaconsOf(page: Page) {
  const sent: { path: string; status: Promise<number | undefined> }[] = []
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/views')) return
    const body = JSON.parse(request.postData() ?? '{}') as { p?: string }
    sent.push({
      path: body.p ?? '',
      status: request.response().then((response) => response?.status()),
    })
  })
  return sent
}

/** Opens `target` and waits until its view beacon has been answered. */
async function view(page: Page, target: string) {
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/api/views') && response.request().method() === 'POST',
  )
  await page.goto(target)
  expect((await answered).status()).toBe(204)
}

/** The article's views on the owner's dashboard (no row yet: none). */
async function dashboardViews(): Promise<number> {
  await owner.goto('/admin?sourcesSort=-views')
  const table = owner.getByTestId('leads-per-source')
  await expect(table).toBeVisible()
  const row = table.getByRole('row', { name: title })
  if ((await row.count()) === 0) return 0
  return Number((await row.locator('[data-column="views"]').innerText()).replace(/\D/g, ''))
}

async function withReader<T>(
  context: Promise<BrowserContext>,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const opened = await context
  try {
    return await work(await opened.newPage())
  } finally {
    await opened.close()
  }
}

test('a page load counts exactly once, and each reload again', async ({ browser, baseURL }) => {
  expect(await dashboardViews()).toBe(0)
  await withReader(reader(browser, baseURL!), async (page) => {
    const beacons = beaconsOf(page)
    await view(page, path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    // Nothing more follows: scrolling, idling and reading do not count again.
    await page.mouse.wheel(0, 2000)
    await page.waitForLoadState('networkidle')
    expect(beacons.map((beacon) => beacon.path)).toEqual([path])
    expect(await dashboardViews()).toBe(1)

    await view(page, path)
    expect(beacons).toHaveLength(2)
  })
  expect(await dashboardViews()).toBe(2)
})

test('a prefetched page does not count; following its link does, once', async ({
  browser,
  baseURL,
}) => {
  const before = await dashboardViews()
  await withReader(reader(browser, baseURL!), async (page) => {
    const beacons = beaconsOf(page)
    // The newest article is on /articles (pages are re-rendered within seconds of a publish).
    await expect(async () => {
      await view(page, '/articles')
      await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 15_000 })
    // Next prefetches the links in view; the prefetched article is not shown, so not counted.
    const prefetched = page.waitForRequest(
      (request) =>
        request.url().includes(slug) && request.headers()['next-router-prefetch'] === '1',
      { timeout: 5_000 },
    )
    await page.getByRole('link', { name: title }).hover()
    await prefetched.catch(() => undefined)
    await page.waitForLoadState('networkidle')
    expect(await dashboardViews()).toBe(before)

    const answered = page.waitForResponse((response) => response.url().endsWith('/api/views'))
    await page.getByRole('link', { name: title }).click()
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    expect((await answered).status()).toBe(204)
    await page.waitForLoadState('networkidle')
    expect(beacons.map((beacon) => beacon.path).filter((p) => p === path)).toEqual([path])
  })
  expect(await dashboardViews()).toBe(before + 1)
})

test('bots, Do Not Track, Global Privacy Control and signed-in editors are not counted', async ({
  browser,
  baseURL,
}) => {
  const before = await dashboardViews()
  const uncounted = [
    reader(browser, baseURL!, {
      userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    }),
    reader(browser, baseURL!, { extraHTTPHeaders: { DNT: '1' } }),
    reader(browser, baseURL!, { extraHTTPHeaders: { 'Sec-GPC': '1' } }),
  ]
  for (const context of uncounted) await withReader(context, (page) => view(page, path))

  await withReader(reader(browser, baseURL!), async (page) => {
    await logInToAdmin(page, EDITOR)
    await view(page, path)
    // The admin bar says who is reading: an editor.
    await expect(page.getByRole('region', { name: 'Admin' })).toContainText(EDITOR.email)
  })
  expect(await dashboardViews()).toBe(before)

  // The same page for an ordinary reader counts.
  await withReader(reader(browser, baseURL!), (page) => view(page, path))
  expect(await dashboardViews()).toBe(before + 1)
})

test('the owner sorts the table by a column; an editor sees no lead figures', async ({
  browser,
  baseURL,
}) => {
  await owner.goto('/admin')
  const table = owner.getByTestId('leads-per-source')
  await table.getByRole('link', { name: 'Views' }).click()
  await expect(owner).toHaveURL(/sourcesSort=-views/)
  await expect(table.locator('th[data-column="views"]')).toHaveAttribute('aria-sort', 'descending')
  const views = await table.locator('tbody td[data-column="views"]').allInnerTexts()
  const numbers = views.map((text) => Number(text.replace(/\D/g, '')))
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
  await table.getByRole('link', { name: 'Views' }).click()
  await expect(owner).toHaveURL(/sourcesSort=views/)
  await expect(table.locator('th[data-column="views"]')).toHaveAttribute('aria-sort', 'ascending')

  await withReader(browser.newContext({ baseURL }), async (page) => {
    await logInToAdmin(page, EDITOR)
    // The dashboard is there (what readers search for is for editors too), its lead part not.
    await expect(page.getByRole('heading', { name: 'What readers search for' })).toBeVisible()
    await expect(page.getByTestId('leads-per-source')).toHaveCount(0)
    await expect(page.getByTestId('leads-per-week')).toHaveCount(0)
    await expect(page.getByTestId('new-leads')).toHaveCount(0)
  })
})
