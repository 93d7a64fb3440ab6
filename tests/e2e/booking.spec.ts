/**
 * A prospect books the free call, with and without JavaScript, in each language; the invites
 * reach a real SMTP server; the signed link in them cancels or moves the call; a slot someone
 * just took is refused with fresh times; the owner sees the call on the dashboard.
 */
import { type Browser, expect, type Page, test } from '@playwright/test'

import { logInToAdmin } from '../helpers/admin'
import { sendContactForm } from '../helpers/contact-form'
import { listenForSiteMail } from '../helpers/smtp-port'

test.describe.configure({ mode: 'serial' })

const sink = listenForSiteMail()
const stamp = Date.now().toString(36)

// Each visitor comes from an address of its own (the tests are the proxy in front, and the lead
// form's limit of 5 an address in 10 minutes applies to bookings too).
let visitor = 0
const fromOwnAddress = () => ({
  'X-Forwarded-For': `198.51.100.${(Date.now() % 50) + 100 + ++visitor}`,
})

const LABELS = {
  en: { name: 'Name', email: 'Email', consent: /I agree/, send: 'Book the call' },
  es: {
    name: 'Nombre',
    email: 'Correo electrónico',
    consent: /Acepto/,
    send: 'Reservar la llamada',
  },
  ru: { name: 'Имя', email: 'Электронная почта', consent: /Я согласен/, send: 'Назначить звонок' },
} as const

type Locale = keyof typeof LABELS

/** Fills the booking form with the `index`-th free time; returns that time's radio value. */
async function fillBooking(page: Page, locale: Locale, name: string, email: string, index = 0) {
  const labels = LABELS[locale]
  const slot = page.locator('input[name="slot"]').nth(index)
  await slot.check()
  const value = await slot.inputValue()
  await page.getByLabel(labels.name, { exact: true }).fill(name)
  await page.getByLabel(labels.email, { exact: true }).fill(email)
  await page.getByLabel(labels.consent).check()
  return value
}

const invites = (mails: { attachments: { contentType: string; content: Buffer }[] }[]) =>
  mails.map(
    (mail) =>
      mail.attachments
        .find((part) => part.contentType === 'text/calendar')
        ?.content.toString('utf8') ?? '',
  )

/** The mail (to `address`, or to anyone) whose subject matches, once it has arrived. */
async function mailTo(address: string | null, subject: RegExp) {
  let found: (typeof sink.messages)[number] | undefined
  await expect
    .poll(
      () =>
        (found = sink.messages.find(
          (mail) =>
            (address === null || JSON.stringify(mail.to).includes(address)) &&
            subject.test(mail.subject ?? ''),
        )),
      { timeout: 20_000 },
    )
    .toBeTruthy()
  return found!
}

async function withoutJavaScript(browser: Browser, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: fromOwnAddress(),
  })
  try {
    await run(await context.newPage())
  } finally {
    await context.close()
  }
}

test.describe('with JavaScript, in the visitor’s time zone', () => {
  test.use({ timezoneId: 'America/New_York' })

  test('from the contact page: pick a time, book, get the invite; cancel from the email’s link', async ({
    page,
  }) => {
    await page.context().setExtraHTTPHeaders(fromOwnAddress())
    await page.goto('/contact')
    await page.getByRole('link', { name: 'Book a 30-minute call' }).click()
    await expect(page).toHaveURL(/\/book$/)
    await expect(page.locator('form[data-hydrated]')).toBeVisible()
    // The visitor's zone is named and changeable.
    await expect(page.getByLabel('Times are in your time zone:')).toHaveValue('America/New_York')

    const email = `book.js.${stamp}@example.com`
    const slot = await fillBooking(page, 'en', `Ana JS ${stamp}`, email)
    const label = await page.locator(`label:has(input[value="${slot}"])`).innerText()
    const expected = new Intl.DateTimeFormat('en', {
      timeStyle: 'short',
      timeZone: 'America/New_York',
    }).format(new Date(slot))
    expect(label.trim()).toBe(expected)

    await sendContactForm(page, LABELS.en.send)
    const success = page.getByRole('status')
    await expect(success).toContainText('Your call is booked')
    await expect(success).toContainText('(America/New_York)')

    const toProspect = await mailTo(email, /^Booked: your call with /)
    await mailTo(null, new RegExp(`^Call booked by Ana JS ${stamp}`))
    const [ics] = invites([toProspect])
    expect(ics).toMatch(/METHOD:REQUEST/)
    const uid = /^UID:(.+)$/m.exec(ics)?.[1]?.trim()
    expect(uid).toBeTruthy()

    // The link in the email, opened as the prospect would.
    const link = /https?:\/\/\S+\/book\/manage\/\S+/.exec(toProspect.text ?? '')![0]
    await page.goto(new URL(link).pathname)
    await expect(page.getByRole('heading', { name: 'Your call' })).toBeVisible()
    await page.getByRole('button', { name: 'Cancel the call' }).click()
    await expect(page.getByRole('status')).toContainText('The call is cancelled')
    const cancels = invites([
      await mailTo(email, /^Cancelled: your call/),
      await mailTo(null, new RegExp(`^Call cancelled by Ana JS ${stamp}`)),
    ])
    for (const text of cancels) {
      expect(text).toMatch(/METHOD:CANCEL/)
      expect(text).toContain(`UID:${uid}`)
      expect(text).toMatch(/SEQUENCE:1/)
    }
    // The time is free again.
    await page.goto('/book')
    await expect(page.locator(`input[value="${slot}"]`)).toHaveCount(1)
  })

  test('a time someone just took is refused, with fresh times', async ({ browser }) => {
    const first = await browser.newPage({
      timezoneId: 'Europe/Madrid',
      extraHTTPHeaders: fromOwnAddress(),
    })
    const second = await browser.newPage({
      timezoneId: 'Europe/Madrid',
      extraHTTPHeaders: fromOwnAddress(),
    })
    for (const page of [first, second]) {
      await page.goto('/book')
      await expect(page.locator('form[data-hydrated]')).toBeVisible()
    }
    const slot = await fillBooking(first, 'en', `First ${stamp}`, `first.${stamp}@example.com`, 1)
    await fillBooking(second, 'en', `Second ${stamp}`, `second.${stamp}@example.com`, 1)
    await sendContactForm(first, LABELS.en.send)
    await expect(first.getByRole('status')).toContainText('Your call is booked')
    await sendContactForm(second, LABELS.en.send)
    await expect(second.getByRole('alert').first()).toContainText(
      /that time was just taken|no longer free/,
    )
    await expect(second.locator(`input[value="${slot}"]`)).toHaveCount(0)
    // What was typed is still there.
    await expect(second.getByLabel('Name', { exact: true })).toHaveValue(`Second ${stamp}`)
    await first.close()
    await second.close()
  })

  test('in Russian', async ({ page }) => {
    await page.context().setExtraHTTPHeaders(fromOwnAddress())
    await page.goto('/ru/book')
    await expect(page.locator('form[data-hydrated]')).toBeVisible()
    await fillBooking(page, 'ru', `Анна ${stamp}`, `book.ru.${stamp}@example.com`, 2)
    await sendContactForm(page, LABELS.ru.send)
    await expect(page.getByRole('status')).toContainText('Звонок назначен')
    await mailTo(`book.ru.${stamp}@example.com`, /^Звонок назначен:/)
  })
})

test('without JavaScript, in Spanish: times in the owner’s zone, field errors with a 400, then booked', async ({
  browser,
}) => {
  await withoutJavaScript(browser, async (page) => {
    await page.goto('/es/book')
    await expect(page.getByText('Las horas están en Europe/Madrid')).toBeVisible()
    // Nothing chosen, nothing typed.
    const [invalid] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      sendContactForm(page, LABELS.es.send),
    ])
    expect(invalid.status()).toBe(400)
    await expect(page.locator('#slot-error')).toHaveText('Elige una hora')
    await expect(page.locator('#name-error')).toBeVisible()

    await fillBooking(page, 'es', `Ana sin JS ${stamp}`, `book.nojs.${stamp}@example.com`, 3)
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      sendContactForm(page, LABELS.es.send),
    ])
    expect(response.status()).toBe(200)
    await expect(page.getByRole('status')).toContainText('Tu llamada está reservada')
    await expect(page.getByRole('status')).toContainText('(Europe/Madrid)')
  })
  await mailTo(`book.nojs.${stamp}@example.com`, /^Reservada: tu llamada/)
})

test('without JavaScript, the email’s link moves the call; a tampered link is refused politely', async ({
  browser,
}) => {
  const email = `move.${stamp}@example.com`
  await withoutJavaScript(browser, async (page) => {
    await page.goto('/book')
    await fillBooking(page, 'en', `Mover ${stamp}`, email, 4)
    await sendContactForm(page, LABELS.en.send)
    await expect(page.getByRole('status')).toContainText('Your call is booked')
  })
  const toProspect = await mailTo(email, /^Booked: your call/)
  const path = new URL(/https?:\/\/\S+\/book\/manage\/\S+/.exec(toProspect.text ?? '')![0]).pathname
  await withoutJavaScript(browser, async (page) => {
    await page.goto(path)
    await page.locator('input[name="slot"]').nth(5).check()
    await page.getByRole('button', { name: 'Move the call' }).click()
    await expect(page.getByRole('status')).toContainText('The call is moved to')
    const tampered = path.replace(/\/(\d+)\./, (_, id) => `/${Number(id) + 1000}.`)
    await page.goto(tampered)
    await expect(page.getByRole('alert')).toContainText('This link does not work')
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
  })
  for (const text of invites([
    await mailTo(email, /^Moved: your call/),
    await mailTo(null, new RegExp(`^Call moved by Mover ${stamp}`)),
  ])) {
    expect(text).toMatch(/METHOD:REQUEST/)
    expect(text).toMatch(/SEQUENCE:1/)
  }
})

test('the owner sees the coming week’s calls on the dashboard, and the booked lead', async ({
  page,
}) => {
  await logInToAdmin(page)
  const calls = page.getByTestId('upcoming-calls')
  await expect(calls).toContainText('Calls in the next 7 days')
  await page.goto('/admin/collections/leads?where[status][equals]=call-booked')
  await expect(page.getByRole('link', { name: `Mover ${stamp}` })).toBeVisible()
})
