/**
 * The contact form in a browser, filled and sent as a person would: never sooner than the form's
 * minimum fill time after the site rendered it (scripts/lib/contact-post.ts, src/leads/spam.ts).
 */
import type { Browser, Page } from '@playwright/test'

import { sendableAt } from '../../scripts/lib/contact-post'

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
 * Clicks "Send request" (or the button `label` of another language) once the form may be sent: the site signs the moment it rendered the
 * form into its formToken field and refuses anything sent within the minimum fill time of it.
 */
export async function sendContactForm(page: Page, label = 'Send request') {
  const button = page.getByRole('button', { name: label })
  const token = await page
    .locator('form', { has: button })
    .locator('input[name="formToken"]')
    .inputValue()
  await page.waitForTimeout(Math.max(0, sendableAt(token) - Date.now()))
  await button.click()
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
  await fillValidForm(page, options.name, options.email)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    sendContactForm(page),
  ])
  await page.waitForLoadState()
  return { status: response.status(), page, close: () => context.close() }
}
