import type { Page } from '@playwright/test'

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
