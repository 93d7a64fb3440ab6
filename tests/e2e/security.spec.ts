/**
 * The site as an attacker and a careful browser see it: a walk through every kind of page, a
 * form submission, the admin and live preview with no Content-Security-Policy violation or console
 * error; the headers each answer carries; hostile form posts answered with the form and a 4xx;
 * no open redirect; a rate limit the client cannot dodge with a forged X-Forwarded-For.
 */
import { expect, type Page, test } from '@playwright/test'

import { logInToAdmin } from '../helpers/admin'
import { fillValidForm, postWithoutJavaScript, sendContactForm } from '../helpers/contact-form'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)

/** Every CSP violation and console error of the page and its frames, as text. */
async function watch(page: Page) {
  const problems: string[] = []
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`))
  return problems
}

test('a walk through the site, a submission, the admin and live preview: no CSP violation, no console error', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const problems = await watch(page)

  for (const path of [
    '/',
    '/articles',
    '/articles/django-vs-fastapi',
    '/compare/django-vs-fastapi',
    '/tags/python',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    // The page is interactive: its scripts ran under the policy.
    await page.waitForLoadState('networkidle')
  }

  await page.goto('/contact')
  await expect(page.locator('form[data-hydrated]')).toBeVisible()
  await fillValidForm(page, `Csp Walker ${stamp}`, `csp.walker.${stamp}@example.com`)
  await sendContactForm(page)
  await expect(page.getByRole('status')).toContainText('one business day')

  // The admin exists: the first-use spec made it.
  await logInToAdmin(page)
  await page.goto('/admin/collections/articles')
  await page
    .getByRole('link', { name: /Django vs FastAPI/ })
    .first()
    .click()
  await expect(page.locator('#field-title')).toBeVisible()
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const frame = page.frameLocator('#live-preview-iframe')
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Django', {
    timeout: 15_000,
  })
  await page.getByRole('button', { name: 'Exit Live Preview' }).click()

  expect(problems).toEqual([])
})

test('each answer carries its security and cache headers', async ({ request }) => {
  const article = await request.get('/articles/django-vs-fastapi')
  const policy = article.headers()['content-security-policy']
  const scriptSrc = policy.split('; ').find((part) => part.startsWith('script-src'))
  expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/)
  expect(policy).toContain("frame-ancestors 'self'")
  expect(policy).toContain("object-src 'none'")
  expect(article.headers()['cross-origin-opener-policy']).toBe('same-origin')
  // SITE_URL is http here: no HSTS (it is sent when SITE_URL is https).
  expect(article.headers()['strict-transport-security']).toBeUndefined()
  expect(article.headers()['cache-control']).toBe(
    'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
  )

  const contact = await request.get('/contact')
  expect(contact.headers()['cache-control']).toMatch(/private/)
  expect(contact.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)

  const admin = await request.get('/admin/login')
  expect(admin.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
  expect(admin.headers()['cache-control']).toMatch(/no-store|private/)

  const api = await request.get('/api/articles?limit=1')
  expect(api.headers()['content-security-policy']).toMatch(/^default-src 'none'.*sandbox/)
})

test('addresses no slug can have (NUL, other characters) are a 404, never a 5xx', async ({
  request,
}) => {
  for (const path of [
    '/articles/%00',
    '/articles/a%00b',
    '/compare/%00',
    '/tags/%00',
    '/og/%00',
    '/articles/Django-vs-FastAPI',
    `/articles/${'a'.repeat(5_000)}`,
    '/es/articles/%00',
    '/ru/tags/%00',
    '/es/og/%00',
    '/articles/page/999999999999999999999',
    '/es/articles/page/0',
    '/xx/articles',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(404)
  }
})

test('addresses with a broken %-encoding are a 400, never a 5xx', async ({ request }) => {
  for (const path of [
    '/articles/%E0%A4%A',
    '/%',
    '/es/book/manage/%ZZ',
    '/book/manage/%C0%AF',
    '/admin/%E0',
    '/api/articles/%E0',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(400)
  }
  // A well-formed one still reaches its page.
  expect((await request.get('/book/manage/%41')).status()).toBe(200)
})

test('the /en address of a page never redirects off the site', async ({ request }) => {
  for (const path of ['/en//evil.example', '/en/%5Cevil.example', '/en/\\evil.example']) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(308)
    const location = response.headers().location
    expect(new URL(location, 'http://site.invalid').host, `${path} → ${location}`).toBe(
      'site.invalid',
    )
  }
})

test('hostile form posts get the form back with a 4xx, never a 5xx or a reset', async ({
  request,
  browser,
}) => {
  // Too large, from a browser without JavaScript: the page, its form, a message, and 413.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/contact')
  await page.getByLabel('Name').fill('Big Paste')
  await page.getByLabel('Message').fill('x'.repeat(3 * 1024 * 1024))
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Send request' }).click(),
  ])
  expect(response.status()).toBe(413)
  await expect(page.getByRole('alert').first()).toContainText('too large to send')
  await expect(page.getByRole('button', { name: 'Send request' })).toBeVisible()
  await context.close()

  // From another site's page (a forged cross-site post): 403, with the form.
  const foreign = await request.post('/contact', {
    headers: { Origin: 'https://evil.example' },
    multipart: { name: 'Eve', email: 'eve@example.com' },
  })
  expect(foreign.status()).toBe(403)
  expect(await foreign.text()).toContain('can only be sent from this site')

  // A body Next cannot read (a cut multipart): 400, with the form.
  const cut = await request.post('/contact', {
    headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' },
    data: '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nAna\r\n--xy',
  })
  expect(cut.status()).toBe(400)
  const body = await cut.text()
  expect(body).toContain('could not be read')
  expect(body).toContain('Send request')
})

test('without JavaScript, an invalid form comes back with a 400; NUL and bidi characters are cleaned', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/contact')
  await page.getByLabel('Name').fill('Ben')
  await page.getByLabel('Email').fill('ben-at-example')
  const [invalid] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Send request' }).click(),
  ])
  expect(invalid.status()).toBe(400)
  await expect(page.locator('#email-error')).toHaveText(/valid email address/)
  await context.close()

  const sent = await postWithoutJavaScript(browser, {
    name: `Eve \u202Egnp.exe ${stamp}`,
    email: `eve.${stamp}@example.com`,
  })
  expect(sent.status).toBe(200)
  await expect(sent.page.getByRole('status')).toContainText('one business day')
  await sent.close()
})

test('no open redirect: exit-preview stays on this site whatever `to` says', async ({
  request,
}) => {
  for (const to of [
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    'https://evil.example',
  ]) {
    const response = await request.get(`/api/exit-preview?to=${encodeURIComponent(to)}`, {
      maxRedirects: 0,
    })
    expect(response.status(), to).toBeGreaterThanOrEqual(300)
    expect(response.status(), to).toBeLessThan(400)
    expect(response.headers()['location'], to).toBe('/')
  }
  const back = await request.get(`/api/exit-preview?to=${encodeURIComponent('/articles')}`, {
    maxRedirects: 0,
  })
  expect(back.headers()['location']).toBe('/articles')
})

test('behind one trusted proxy, the rate limit keys on the address the proxy saw, not on what the client forged', async ({
  browser,
}) => {
  test.setTimeout(90_000)
  // This server trusts one proxy hop (TRUSTED_PROXIES=1): the last X-Forwarded-For entry is the
  // proxy's. A client that forges entries in front of it still counts as that one address.
  const proxySaw = `198.51.100.${Math.floor(Math.random() * 200) + 20}`
  const results = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      postWithoutJavaScript(browser, {
        name: `Forger ${i} ${stamp}`,
        email: `forger.${i}.${stamp}@example.com`,
        headers: { 'X-Forwarded-For': `203.0.113.${i + 1}, ${proxySaw}` },
      }),
    ),
  )
  const statuses = results.map((result) => result.status).sort()
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
  const limited = results.find((result) => result.status === 429)!
  await expect(limited.page.getByRole('alert').first()).toContainText('Too many requests')
  await Promise.all(results.map((result) => result.close()))
})
