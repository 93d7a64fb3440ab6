import { expect, test } from '@playwright/test'

import { ADMIN, logInToAdmin, sendAdminForm } from '../helpers/admin'

test.describe.configure({ mode: 'serial' })

test('the health check reports the database as up', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok', cache: 'none', storage: 'local' })
})

test('the home page renders', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached()
})

test('an unknown address answers 404', async ({ request }) => {
  const response = await request.get('/this-page-does-not-exist')
  expect(response.status()).toBe(404)
})

test('a new site asks for its first user, who becomes an admin and can log in again', async ({
  page,
  browser,
}) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await sendAdminForm(
    page,
    [
      ['Email', ADMIN.email],
      ['New Password', ADMIN.password],
      ['Confirm Password', ADMIN.password],
    ],
    'Create',
    /\/admin\/?$/,
  )
  await expect(page.getByRole('link', { name: 'Users' }).first()).toBeVisible()

  // A fresh browser: the login page renders and the account works.
  const context = await browser.newContext()
  const fresh = await context.newPage()
  await fresh.goto('/admin')
  await expect(fresh).toHaveURL(/\/admin\/login/)
  await logInToAdmin(fresh)
  await context.close()
})

test('the anonymous REST and GraphQL APIs cannot list users', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL })
  const rest = await anonymous.get('/api/users')
  expect(rest.status()).toBe(403)
  expect(await rest.text()).not.toContain('owner@example.com')

  const one = await anonymous.get('/api/users/1')
  expect([403, 404]).toContain(one.status())
  expect(await one.text()).not.toContain('owner@example.com')

  const graphql = await anonymous.post('/api/graphql', {
    data: { query: '{ Users { docs { email } } }' },
  })
  const body = await graphql.json()
  expect(JSON.stringify(body)).not.toContain('owner@example.com')
  expect(body.errors?.[0]?.message).toMatch(/not allowed/i)

  const me = await anonymous.get('/api/users/me')
  expect((await me.json()).user).toBeNull()
  await anonymous.dispose()
})
