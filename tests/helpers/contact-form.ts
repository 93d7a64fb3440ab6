import type { Browser, Page } from '@playwright/test'

/** Fills every field of the contact form with valid answers (the company has markup to escape). */
export async function fillValidForm(page: Page, name: string, email: string) {
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Company (optional)').fill('Acme <b>Labs</b>')
  await page.getByLabel('Project type').selectOption('existing-system')
  await page.getByLabel('Budget (optional)').selectOption('15k-50k')
  await page
    .getByLabel('Message')
    .fill('Our Django monolith is slow and we want a second opinion on it.')
  await page.getByLabel(/I agree/).check()
}

/**
 * Sends the contact form as a browser without JavaScript would (a native form post), from a
 * context with these extra request headers (e.g. a forged X-Forwarded-For). Resolves with the
 * post's HTTP status and the page it answered with.
 */
export async function postWithoutJavaScript(
  browser: Browser,
  options: { name: string; email: string; headers?: Record<string, string> },
) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: options.headers,
  })
  const page = await context.newPage()
  await page.goto('/contact')
  const loaded = Date.now()
  await fillValidForm(page, options.name, options.email)
  // The form refuses anything sent within 3 s of loading it (bots); a person is slower.
  await page.waitForTimeout(Math.max(0, 3_200 - (Date.now() - loaded)))
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Send request' }).click(),
  ])
  await page.waitForLoadState()
  return { status: response.status(), page, close: () => context.close() }
}
