import { type APIRequest, type APIRequestContext, expect, type Page } from '@playwright/test'

import { doc, p } from '../../src/seed/lexical'

/** The e2e site's admin: created by whichever spec gets there first, then logged into. */
export const ADMIN = { email: 'owner@example.com', password: 'a-long-owner-password' }

/** A token for the REST API as the admin (`Authorization: JWT <token>`). */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const first = await request.post('/api/users/first-register', {
    data: { ...ADMIN, 'confirm-password': ADMIN.password },
  })
  if (first.ok()) return (await first.json()).token
  const login = await request.post('/api/users/login', { data: ADMIN })
  if (!login.ok()) throw new Error(`admin login failed: ${login.status()} ${await login.text()}`)
  return (await login.json()).token
}

/**
 * A spec's two REST clients: one anonymous, one that sends the admin's token on every request
 * (`auth` is that header, for requests made another way). Dispose of both when done.
 */
export async function apiClients(requests: APIRequest, baseURL: string | undefined) {
  const anonymous = await requests.newContext({ baseURL })
  const auth = { Authorization: `JWT ${await adminToken(anonymous)}` }
  const api = await requests.newContext({ baseURL, extraHTTPHeaders: auth })
  return { anonymous, api, auth }
}

/** A rich-text body of plain paragraphs, as the API takes it. */
export function lexicalParagraphs(...texts: string[]) {
  return doc(...texts.map(p))
}

/**
 * Fills an admin form and sends it as a person would: once more if the first try did not take.
 * On a server's first admin page the admin's scripts can take over after the fields were typed
 * into, and reset them; the person then sees empty fields and types again.
 */
export async function sendAdminForm(
  page: Page,
  fields: [label: string, value: string][],
  button: string,
  arrivesAt: RegExp,
) {
  await expect(async () => {
    for (const [label, value] of fields) await page.getByLabel(label).fill(value)
    for (const [label, value] of fields) await expect(page.getByLabel(label)).toHaveValue(value)
    await page.getByRole('button', { name: button }).click()
    await expect(page).toHaveURL(arrivesAt, { timeout: 20_000 })
  }).toPass({ timeout: 90_000 })
}

/** Signs in through the admin's login page (the admin by default) and lands on the dashboard. */
export async function logInToAdmin(page: Page, user: { email: string; password: string } = ADMIN) {
  await page.goto('/admin/login')
  await sendAdminForm(
    page,
    [
      ['Email', user.email],
      ['Password', user.password],
    ],
    'Login',
    /\/admin\/?$/,
  )
}
