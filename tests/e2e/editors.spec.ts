/**
 * The owner's and editors' day in /admin, clicked through in Chromium: writing an article with
 * every kind of content, previewing it, publishing, editing a comparison row, renaming, scheduling;
 * the lead dashboard and list; what an editor may not see; and the admin's hardening.
 */
import fs from 'node:fs'

import { type APIRequestContext, type Browser, type Page, expect, test } from '@playwright/test'

import { ADMIN, apiClients, lexicalParagraphs, logInToAdmin } from '../helpers/admin'
import { fillValidForm, sendContactForm } from '../helpers/contact-form'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const EDITOR = { email: `editor.${stamp}@example.com`, password: 'a-long-editor-password' }
const title = `Choosing a task queue ${stamp}`
const slug = `choosing-a-task-queue-${stamp}`
const renamedSlug = `task-queues-compared-${stamp}`
const comparison = {
  title: `Celery vs Dramatiq ${stamp}`,
  slug: `celery-vs-dramatiq-${stamp}`,
  optionA: 'Celery',
  optionB: 'Dramatiq',
  rows: [
    { feature: 'Brokers', a: 'RabbitMQ, Redis, SQS', b: 'RabbitMQ, Redis' },
    { feature: 'Retries', a: 'Per task, manual', b: 'Built in with backoff' },
  ],
  _status: 'published',
}
const SOON = { timeout: 5_000 }

let anonymous: APIRequestContext
let api: APIRequestContext
let comparisonId: number

test.beforeAll(async ({ playwright, baseURL }) => {
  const clients = await apiClients(playwright.request, baseURL)
  anonymous = clients.anonymous
  api = clients.api
  const editor = await api.post('/api/users', { data: { ...EDITOR, roles: ['editor'] } })
  expect(editor.status()).toBe(201)
  const created = await api.post('/api/comparisons', { data: comparison })
  expect(created.status()).toBe(201)
  comparisonId = (await created.json()).doc.id
})

test.afterAll(async () => {
  await api?.dispose()
  await anonymous?.dispose()
})

async function publicPage(path: string) {
  const response = await anonymous.get(path, { maxRedirects: 0 })
  return { status: response.status(), body: await response.text(), headers: response.headers() }
}

/** Starts a new paragraph in the article body and picks a block from Lexical's slash menu. */
async function insertBlock(page: Page, block: string, filter: string) {
  await page.keyboard.press('Enter')
  await page.keyboard.type(`/${filter}`)
  await page.locator(`#slash-menu-popup__item-block-${block}`).click()
}

/** "Publish changes"; a click that lands while autosave is still saving is ignored, so retry. */
async function publish(page: Page) {
  await expect(async () => {
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText('Updated successfully').first()).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 20_000 })
}

test('an editor writes an article: the draft stays private, the preview shows it, publishing puts it everywhere', async ({
  page,
}) => {
  await logInToAdmin(page, EDITOR)
  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-slug').fill(slug)
  await page
    .locator('#field-description')
    .fill('Celery or Dramatiq for background jobs in a Django project.')

  const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await page.keyboard.type('Every Django project grows a queue sooner or later.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('## What to look for')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- Retries that back off')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Visibility into failed jobs')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('A minimal task:')

  await insertBlock(page, 'code', 'code')
  await page
    .locator('.code-textarea textarea')
    .fill('@dramatiq.actor\ndef send_report(user_id):\n    ...')

  await body.getByText('Every Django project grows').click()
  await page.keyboard.press('End')
  await insertBlock(page, 'comparisonTable', 'comparison')
  await page.locator('#field-comparison .rs__control').click()
  await page.keyboard.type(comparison.title)
  await page.locator('.rs__option', { hasText: comparison.title }).click()

  // Autosave keeps a draft (and gives the new article its address in the admin).
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/)
  await expect(page.getByText(/Last saved/)).toBeVisible({ timeout: 10_000 })
  await page.waitForTimeout(1_500)

  // The draft is on no public page.
  expect((await publicPage(`/articles/${slug}`)).status).toBe(404)
  expect((await publicPage('/articles')).body).not.toContain(title)

  // "Preview" turns on draft mode for the signed-in editor and shows the draft.
  const previewHref = await page.locator('#preview-button').getAttribute('href')
  expect(previewHref).toContain(`/api/preview?collection=articles&slug=${slug}`)
  const preview = await page.context().newPage()
  await preview.goto(previewHref!)
  await expect(preview.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(preview.getByRole('status')).toContainText('Draft preview')
  await expect(preview.getByRole('heading', { level: 2, name: 'What to look for' })).toBeVisible()
  await expect(
    preview.getByRole('listitem').filter({ hasText: 'Retries that back off' }),
  ).toBeVisible()
  await expect(preview.locator('pre code')).toContainText('def send_report(user_id):')
  await expect(preview.getByRole('columnheader', { name: 'Dramatiq' })).toBeVisible()
  await expect(preview.getByRole('cell', { name: 'Built in with backoff' })).toBeVisible()
  // The admin bar offers the way back into the editor; "Exit preview" leaves draft mode.
  await expect(preview.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    new RegExp(`/admin/collections/articles/\\d+$`),
  )
  await preview.getByRole('link', { name: 'Exit preview' }).click()
  await expect(preview.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await preview.close()

  // Live preview beside the editor follows what the editor types, at phone size too.
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const frame = page.frameLocator('#live-preview-iframe')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 15_000 })
  await page.locator('#field-title').fill(`${title}, revised`)
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`${title}, revised`, {
    timeout: 15_000,
  })
  await page.getByRole('button', { name: 'Exit Live Preview' }).click()

  await publish(page)
  await expect.poll(async () => (await publicPage(`/articles/${slug}`)).status, SOON).toBe(200)
  expect((await publicPage('/articles')).body).toContain(`${title}, revised`)
  expect((await publicPage('/feed.xml')).body).toContain(`${title}, revised`)
})

test('an editor changes a comparison row: the comparison page and the article show it', async ({
  page,
}) => {
  await logInToAdmin(page, EDITOR)
  await page.goto(`/admin/collections/comparisons/${comparisonId}`)
  await page.locator('#field-rows__1__b').fill('Built in, exponential backoff')
  await publish(page)
  for (const path of [`/compare/${comparison.slug}`, `/articles/${slug}`]) {
    await expect
      .poll(async () => (await publicPage(path)).body, SOON)
      .toContain('Built in, exponential backoff')
  }
})

test('renaming the slug moves the article and its old address answers 308', async ({ page }) => {
  await logInToAdmin(page, EDITOR)
  const { docs } = await (await api.get(`/api/articles?where[slug][equals]=${slug}`)).json()
  await page.goto(`/admin/collections/articles/${docs[0].id}`)
  await page.locator('#field-slug').fill(renamedSlug)
  await publish(page)
  await expect
    .poll(async () => (await publicPage(`/articles/${renamedSlug}`)).status, SOON)
    .toBe(200)
  const old = await publicPage(`/articles/${slug}`)
  expect(old.status).toBe(308)
  expect(old.headers.location).toMatch(new RegExp(`/articles/${renamedSlug}$`))
})

/** Opens an article's Schedule Publish drawer and picks "Publish" at the first whole minute ahead. */
async function fillSchedule(page: Page, id: number) {
  await page.goto(`/admin/collections/articles/${id}`)
  // The chevron beside "Publish changes" opens the publishing options.
  await page.locator('.doc-controls .popup-button--size-medium').first().click()
  await page.getByRole('button', { name: 'Schedule Publish' }).first().click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.getByText('Publish', { exact: true }).click()
  // The picker has whole minutes: the first one at least a minute from now.
  const at = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000)
  const typed = at.toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  })
  const time = drawer.locator('.react-datepicker__input-container input')
  await time.fill(typed.replace(',', '').replace(/, (\d)/, ' $1'))
  await drawer.getByText('Time').first().click()
  return { drawer, at }
}

test('scheduling a draft that could not be published is refused with the reason', async ({
  page,
}) => {
  const created = await api.post('/api/articles?draft=true', {
    data: {
      title: `Unfinished ${stamp}`,
      slug: `unfinished-${stamp}`,
      body: lexicalParagraphs('No description yet.'),
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id

  await logInToAdmin(page, EDITOR)
  const { drawer } = await fillSchedule(page, id)
  await drawer.locator('#scheduled-publish-save').click()
  await expect(
    page.getByText(/Not scheduled: this draft could not be published\. Description: .*required/i),
  ).toBeVisible()
  // Nothing was queued: the drawer, opened afresh, lists no upcoming event.
  await page.reload()
  const reopened = await fillSchedule(page, id)
  await expect(reopened.drawer.getByText('No upcoming events scheduled.')).toBeVisible()
  // A scheduled publish that fails later says so in the list (tests/int/scheduling.test.ts).
  await page.goto('/admin/collections/articles')
  await expect(page.getByRole('columnheader', { name: 'Publishing problem' })).toBeVisible()
})

test('an editor schedules an article a minute ahead and it goes live by itself', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const scheduledSlug = `scheduled-${stamp}`
  const created = await api.post('/api/articles?draft=true', {
    data: {
      title: `Scheduled ${stamp}`,
      slug: scheduledSlug,
      description: 'Goes live on its own.',
      body: lexicalParagraphs('Written ahead, published on time.'),
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id

  await logInToAdmin(page, EDITOR)
  const { drawer, at } = await fillSchedule(page, id)
  await drawer.locator('#scheduled-publish-save').click()
  await expect(drawer.locator('tbody tr')).toHaveCount(1)
  await expect(drawer.locator('tbody tr')).toContainText('Publish')

  expect((await publicPage(`/articles/${scheduledSlug}`)).status).toBe(404)
  await expect
    .poll(async () => (await publicPage(`/articles/${scheduledSlug}`)).status, {
      timeout: at.getTime() - Date.now() + 45_000,
      intervals: [2_000],
    })
    .toBe(200)
  const liveAt = Date.now()
  expect(liveAt).toBeGreaterThanOrEqual(at.getTime())
  expect((await publicPage('/articles')).body).toContain(`Scheduled ${stamp}`)
})

/** Sends the contact form as a prospect from their own address (the form's rate limit is per IP). */
async function sendLead(browser: Browser, baseURL: string, name: string, from?: string) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${Math.floor(Math.random() * 200) + 1}` },
  })
  const page = await context.newPage()
  await page.goto(from ? `/contact?from=${encodeURIComponent(from)}` : '/contact')
  await expect(page.locator('form[data-hydrated]')).toBeVisible()
  await fillValidForm(page, name, `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`)
  return { page, context }
}

async function dashboardFigures(page: Page) {
  await page.goto('/admin')
  const newLeads = Number(await page.getByTestId('new-leads').locator('p').first().innerText())
  const thisWeek = Number(
    await page
      .getByTestId('leads-per-week')
      .locator('li')
      .last()
      .locator('span')
      .first()
      .innerText(),
  )
  const article = page
    .getByTestId('leads-per-source')
    .getByRole('row', { name: `${title}, revised` })
  const fromArticle = (await article.count())
    ? Number(await article.locator('[data-column="leads"]').innerText())
    : 0
  return { newLeads, thisWeek, fromArticle }
}

test('the admin dashboard counts new leads; the list filters, and a lead is answered and exported', async ({
  browser,
  page,
  baseURL,
}) => {
  await logInToAdmin(page, ADMIN)
  const before = await dashboardFigures(page)

  const names = [`Lena ${stamp}`, `Omar ${stamp}`, `Ines ${stamp}`]
  const forms = await Promise.all([
    sendLead(browser, baseURL!, names[0], `/articles/${renamedSlug}`),
    sendLead(browser, baseURL!, names[1], `/articles/${renamedSlug}`),
    sendLead(browser, baseURL!, names[2]),
  ])
  for (const { page: form, context } of forms) {
    await sendContactForm(form)
    await expect(form.getByRole('status')).toContainText(/thank/i)
    await context.close()
  }

  const after = await dashboardFigures(page)
  expect(after).toEqual({
    newLeads: before.newLeads + 3,
    thisWeek: before.thisWeek + 3,
    fromArticle: before.fromArticle + 2,
  })

  // The article's row opens the leads list filtered to it.
  await page
    .getByTestId('leads-per-source')
    .getByRole('link', { name: `${title}, revised` })
    .click()
  await expect(page).toHaveURL(/where/)
  const filtered = page.url()
  const rows = page.locator('.table tbody tr')
  await expect(rows.filter({ hasText: names[0] })).toHaveCount(1)
  await expect(rows.filter({ hasText: names[1] })).toHaveCount(1)
  await expect(rows.filter({ hasText: names[2] })).toHaveCount(0)

  // Answer one: status and an internal note.
  await rows.filter({ hasText: names[0] }).getByRole('link').first().click()
  await page.locator('#field-status').click()
  await page.getByRole('option', { name: 'Contacted' }).click()
  await page.locator('#field-notes').fill('Called on Tuesday; sending a proposal.')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  expect((await dashboardFigures(page)).newLeads).toBe(before.newLeads + 2)

  // CSV export of the filtered list from the list's own menu: the leads from the article only.
  await page.goto(filtered)
  await page.getByLabel('More options').click()
  await page.getByText('Export Leads', { exact: true }).click()
  await expect(page.getByText('Use current filters')).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  const csv = fs.readFileSync(await download.path(), 'utf8')
  expect(csv).toContain(names[0])
  expect(csv).toContain(names[1])
  expect(csv).not.toContain(names[2])
  expect(csv).toMatch(new RegExp(`${names[0]}.*contacted`))
})

test('an editor sees no leads, users or settings, in the admin or the API', async ({ page }) => {
  await logInToAdmin(page, EDITOR)
  const nav = page.locator('nav')
  await expect(nav.getByRole('link', { name: 'Articles' })).toBeVisible()
  for (const hidden of ['Leads', 'Users', 'Site settings']) {
    await expect(nav.getByRole('link', { name: hidden, exact: true })).toHaveCount(0)
  }
  await expect(page.getByRole('heading', { name: 'Leads', exact: true })).toHaveCount(0)

  await page.goto('/admin/collections/leads')
  await expect(page.getByText('Nothing found')).toBeVisible()
  await expect(page.getByText(`Lena ${stamp}`)).toHaveCount(0)
  for (const path of ['/admin/collections/users', '/admin/globals/site-settings']) {
    await page.goto(path)
    await expect(page.getByText('Nothing found')).toBeVisible()
  }

  const origin = { Origin: new URL(page.url()).origin }
  expect((await page.request.get('/api/leads', { headers: origin })).status()).toBe(403)
  const users = await (await page.request.get('/api/users', { headers: origin })).json()
  expect(users.docs.map((user: { email: string }) => user.email)).toEqual([EDITOR.email])
  const lead = await page.request.get('/api/leads?where[name][like]=Lena', { headers: origin })
  expect(lead.status()).toBe(403)
})

test('logging out ends the session, another origin gets no session, deep GraphQL is refused', async ({
  page,
  baseURL,
}) => {
  const login = await anonymous.post('/api/users/login', { data: EDITOR })
  const token = (await login.json()).token as string
  const me = async () =>
    (
      await (
        await anonymous.get('/api/users/me', { headers: { Authorization: `JWT ${token}` } })
      ).json()
    ).user
  expect((await me())?.email).toBe(EDITOR.email)
  await anonymous.post('/api/users/logout', { headers: { Authorization: `JWT ${token}` } })
  expect(await me()).toBeNull()

  await logInToAdmin(page, EDITOR)
  const asBrowser = async (origin: string) =>
    (await (await page.request.get('/api/users/me', { headers: { Origin: origin } })).json()).user
  expect((await asBrowser(new URL(baseURL!).origin))?.email).toBe(EDITOR.email)
  expect(await asBrowser('https://evil.example')).toBeNull()

  const graphql = (query: string) => anonymous.post('/api/graphql', { data: { query } })
  const shallow = await graphql('{ Articles(limit: 1) { docs { title author { name } } } }')
  expect(shallow.status()).toBe(200)
  const deep = await graphql(
    '{ Redirects { docs { to { reference { value { ... on Article { author { avatar { sizes { og { url } } } } } } } } } } }',
  )
  const errors = (await deep.json()).errors as { message: string }[]
  expect(errors?.[0]?.message).toMatch(/exceeds maximum operation depth/)
})

test('only a browser signed in to the admin asks who is signed in; readers cost one request per page', async ({
  page,
}) => {
  const asked: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/users/me') asked.push(request.url())
  })
  const hint = async () =>
    (await page.context().cookies()).find((cookie) => cookie.name === 'signed-in')
  // The page's effects have run once its view beacon has gone (the admin bar asks in its effect).
  const readArticle = async () => {
    const hydrated = page.waitForRequest((request) => request.url().endsWith('/api/views'))
    await page.goto('/articles/django-vs-fastapi')
    await hydrated
  }

  await readArticle()
  expect(asked).toEqual([])
  await expect(page.getByRole('region', { name: 'Admin' })).toHaveCount(0)

  await logInToAdmin(page, EDITOR)
  expect(await hint()).toMatchObject({ value: '1', httpOnly: false, path: '/' })
  await readArticle()
  await expect(page.getByText(`Signed in as ${EDITOR.email}`)).toBeVisible()
  expect(asked.length).toBeGreaterThan(0)

  await page.getByRole('link', { name: 'Log out' }).click()
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect.poll(hint).toBeUndefined()
  asked.length = 0
  await readArticle()
  expect(asked).toEqual([])
  await expect(page.getByRole('region', { name: 'Admin' })).toHaveCount(0)
})
