/**
 * A prospect asks for a consultation, with and without JavaScript; both emails reach a real SMTP
 * server; the admin finds the lead and works on it; strangers cannot touch leads.
 */
import { expect, test } from '@playwright/test'

import { getTestEnv } from '../../src/lib/env'
import { adminToken, logInToAdmin } from '../helpers/admin'
import { fillValidForm, sendContactForm } from '../helpers/contact-form'
import { listenForSiteMail } from '../helpers/smtp-port'

test.describe.configure({ mode: 'serial' })

const sink = listenForSiteMail()
const stamp = Date.now().toString(36)

test('with JavaScript: an inline error for a bad email, then success without a reload; both emails go out', async ({
  page,
}) => {
  await page.goto('/articles/django-vs-fastapi')
  await page
    .getByRole('complementary', { name: 'Call to action' })
    .last()
    .getByRole('link', { name: 'Request a free consultation' })
    .click()
  await expect(page).toHaveURL(/\/contact/)
  await expect(page.locator('form[data-hydrated]')).toBeVisible()

  const email = page.getByLabel('Email')
  await email.fill('ana@@example')
  await email.blur()
  const error = page.locator('#email-error')
  await expect(error).toHaveText(/valid email address/)
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAttribute('aria-describedby', /email-error/)

  const name = `Ana JS ${stamp}`
  const address = `ana.js.${stamp}@example.com`
  await fillValidForm(page, name, address)
  await expect(error).toBeHidden()
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))
  await sendContactForm(page)

  const success = page.getByRole('status')
  await expect(success).toContainText('one business day')
  await expect(success).toContainText('check your inbox')
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)

  const mails = await sink.waitFor(2, 20_000)
  const owner = mails.find((mail) => mail.subject === `New consultation request from ${name}`)
  expect(owner?.replyTo?.value[0].address).toBe(address)
  expect(owner?.text).toContain('/articles/django-vs-fastapi')
  expect(owner?.html).toContain('Acme &lt;b&gt;Labs&lt;/b&gt;')
  const confirmation = mails.find((mail) => mail.to && JSON.stringify(mail.to).includes(address))
  // The confirmation carries nothing the sender typed but a greeting; replies reach the owner.
  expect(confirmation?.subject).toMatch(/^Your consultation request on /)
  expect(confirmation?.text).toContain(`Hello ${name},`)
  expect(confirmation?.text).not.toContain('Acme')
  expect(confirmation?.text).not.toContain('Django monolith')
  const ownerAddress = [owner?.to].flat()[0]?.value[0]?.address
  expect(ownerAddress).toBeTruthy()
  expect(confirmation?.replyTo?.value[0].address).toBe(ownerAddress)
})

test('without JavaScript: errors come back with the values kept, then the same success', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/contact')
  await page.getByLabel('Name').fill(`Ben NoJS ${stamp}`)
  await page.getByLabel('Email').fill('ben-at-example')
  await page.getByLabel('Message').fill('Too short')
  await page.getByRole('button', { name: 'Send request' }).click()

  await expect(page.locator('#email-error')).toHaveText(/valid email address/)
  await expect(page.locator('#message-error')).toHaveText(/at least 20 characters/)
  await expect(page.locator('#consent-error')).toBeVisible()
  await expect(page.getByLabel('Name')).toHaveValue(`Ben NoJS ${stamp}`)
  await expect(page.getByLabel('Message')).toHaveValue('Too short')

  const address = `ben.nojs.${stamp}@example.com`
  await fillValidForm(page, `Ben NoJS ${stamp}`, address)
  await sendContactForm(page)
  await expect(page.getByRole('status')).toContainText('one business day')
  await context.close()

  await expect
    .poll(
      () => sink.messages.filter((m) => JSON.stringify([m.to, m.replyTo]).includes(address)).length,
      {
        timeout: 20_000,
      },
    )
    .toBe(2)
})

test('an SMTP outage delays the emails and loses nothing: the running queue delivers them later', async ({
  page,
  request,
}) => {
  await sink.stop()
  await page.goto('/contact')
  await expect(page.locator('form[data-hydrated]')).toBeVisible()
  const address = `cara.outage.${stamp}@example.com`
  await fillValidForm(page, `Cara Outage ${stamp}`, address)
  await sendContactForm(page)
  await expect(page.getByRole('status')).toContainText('one business day')

  // Nobody runs the queue by hand here: the server's own cron tries, fails while the SMTP server
  // is away (the lead records why), and retries with backoff.
  const auth = { headers: { Authorization: `JWT ${await adminToken(request)}` } }
  const ownerEmail = async () =>
    (await (await request.get(`/api/leads?where[email][equals]=${address}`, auth)).json()).docs[0]
      ?.ownerEmail
  await expect.poll(async () => (await ownerEmail())?.lastError, { timeout: 20_000 }).toBeTruthy()
  await sink.start(getTestEnv().E2E_SMTP_PORT)
  await expect
    .poll(
      () => sink.messages.filter((m) => JSON.stringify([m.to, m.replyTo]).includes(address)).length,
      {
        timeout: 30_000,
      },
    )
    .toBe(2)
})

test('an admin finds the lead in /admin and changes its status', async ({ page, request }) => {
  await adminToken(request)
  await logInToAdmin(page)

  await page.goto('/admin/collections/leads')
  const row = page.getByRole('row', { name: new RegExp(`Ana JS ${stamp}`) })
  await expect(row).toBeVisible()
  await expect(row).toContainText('New')
  const token = await adminToken(request)
  const auth = { headers: { Authorization: `JWT ${token}` } }
  const find = async () =>
    (
      await (
        await request.get(`/api/leads?where[email][equals]=ana.js.${stamp}@example.com`, auth)
      ).json()
    ).docs[0]
  const lead = await find()
  await page.goto(`/admin/collections/leads/${lead.id}`)
  await expect(page.locator('#field-name')).toHaveValue(`Ana JS ${stamp}`)

  await page.locator('#field-status').click()
  await page.getByRole('option', { name: 'Contacted' }).click()
  await page.locator('#field-notes').fill('Called on Monday.')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible()

  const saved = await find()
  expect(saved).toMatchObject({ status: 'contacted', notes: 'Called on Monday.' })
  expect(saved.ownerEmail.state).toBe('sent')
  expect(saved.sourcePage).toBe('/articles/django-vs-fastapi')
})

test('strangers cannot read, create, change or delete leads over REST or GraphQL', async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL })
  expect((await anonymous.get('/api/leads')).status()).toBe(403)
  expect((await anonymous.get('/api/leads/1')).status()).toBe(403)
  const created = await anonymous.post('/api/leads', {
    data: {
      name: 'Mallory',
      email: 'm@example.com',
      projectType: 'other',
      message: 'x'.repeat(30),
    },
  })
  expect(created.status()).toBe(403)
  expect((await anonymous.patch('/api/leads/1', { data: { status: 'won' } })).status()).toBe(403)
  expect((await anonymous.delete('/api/leads/1')).status()).toBe(403)

  const read = await (
    await anonymous.post('/api/graphql', { data: { query: '{ Leads { docs { email } } }' } })
  ).json()
  expect(read.errors?.[0]?.message).toMatch(/not allowed/i)
  expect(JSON.stringify(read)).not.toContain('@example.com')
  const create = await (
    await anonymous.post('/api/graphql', {
      data: {
        query:
          'mutation { createLead(data: { name: "M", email: "m@example.com", projectType: other, message: "xxxxxxxxxxxxxxxxxxxxxxxxx", preferredContact: email, consentAt: "2026-01-01" }) { id } }',
      },
    })
  ).json()
  expect(create.errors?.length).toBeGreaterThan(0)
  await anonymous.dispose()
})

test('an admin exports the leads as CSV; a stranger gets none', async ({
  request,
  playwright,
  baseURL,
}) => {
  const token = await adminToken(request)
  const csv = await request.post('/api/exports/download', {
    headers: { Authorization: `JWT ${token}` },
    data: { data: { collectionSlug: 'leads', format: 'csv', name: 'leads' } },
  })
  expect(csv.status()).toBe(200)
  const text = await csv.text()
  expect(text.split('\n')[0]).toContain('email')
  expect(text).toContain(`ana.js.${stamp}@example.com`)

  const anonymous = await playwright.request.newContext({ baseURL })
  const stolen = await anonymous.post('/api/exports/download', {
    data: { data: { collectionSlug: 'leads', format: 'csv', name: 'leads' } },
  })
  expect(await stolen.text()).not.toContain('@example.com')
  await anonymous.dispose()
})

test('a GDPR request: an admin exports, then deletes, everything about one address', async ({
  request,
  playwright,
  baseURL,
}) => {
  const email = `ben.nojs.${stamp}@example.com`
  const anonymous = await playwright.request.newContext({ baseURL })
  expect((await anonymous.get(`/api/leads/personal-data?email=${email}`)).status()).toBe(403)
  expect((await anonymous.delete('/api/leads/personal-data', { data: { email } })).status()).toBe(
    403,
  )
  await anonymous.dispose()

  const auth = { Authorization: `JWT ${await adminToken(request)}` }
  const exported = await request.get(`/api/leads/personal-data?email=${email}`, { headers: auth })
  expect(exported.headers()['content-disposition']).toContain('attachment')
  const data = await exported.json()
  expect(data.leads).toHaveLength(1)
  expect(data.leads[0]).toMatchObject({ email, name: `Ben NoJS ${stamp}` })

  const deleted = await request.delete('/api/leads/personal-data', {
    headers: auth,
    data: { email },
  })
  expect(await deleted.json()).toMatchObject({ deleted: 1 })
  const after = await request.get(`/api/leads/personal-data?email=${email}`, { headers: auth })
  expect((await after.json()).leads).toEqual([])
})
