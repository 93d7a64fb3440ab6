/**
 * The privacy notice, in each language: at its own address, pre-rendered like the articles, with
 * the owner and contact address of the site settings; linked from every page's footer and from
 * the contact form's consent (in a new tab, so that nothing typed is lost); in the sitemap.
 */
import { expect, test } from '@playwright/test'

import { en } from '../../src/i18n/messages/en'
import { es } from '../../src/i18n/messages/es'
import { ru } from '../../src/i18n/messages/ru'
import { accessibilityViolations } from '../helpers/axe'

const LANGUAGES = [
  { lang: 'en', home: '/', contact: '/contact', privacy: '/privacy', messages: en },
  { lang: 'es', home: '/es', contact: '/es/contact', privacy: '/es/privacy', messages: es },
  { lang: 'ru', home: '/ru', contact: '/ru/contact', privacy: '/ru/privacy', messages: ru },
]

for (const { lang, home, contact, privacy, messages } of LANGUAGES) {
  test(`${privacy}: the notice in its language, from the footer and the consent`, async ({
    page,
  }) => {
    const response = await page.goto(privacy)
    expect(response?.status()).toBe(200)
    // Pre-rendered: the edge gives a CDN lifetime to static pages only (/contact is private).
    expect(response?.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page).toHaveTitle(new RegExp(`^${messages.privacy.title} · `))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.privacy.title)
    const text = messages.privacy
    for (const heading of [text.formTitle, text.bookingTitle, text.viewsTitle, text.thirdTitle]) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
    }
    const main = page.getByRole('main')
    await expect(main.locator('li')).toHaveCount(Object.keys(text.formItems).length)
    await expect(main).toContainText('DNT: 1')
    await expect(main).toContainText('Sec-GPC: 1')
    // The owner and the address to write to are the site settings' (the footer shows them too).
    await expect(main).toContainText('Pau Serrat')
    const footer = page.locator('footer')
    const contactEmail = await footer.locator('a[href^="mailto:"]').getAttribute('href')
    expect(contactEmail).toBe('mailto:hello@pauserrat.example')
    await expect(main.locator(`a[href="${contactEmail}"]`).first()).toBeVisible()

    // Every page's footer links to it, in the page's language.
    await page.goto(home)
    const footerLink = page.locator('footer').getByRole('link', { name: text.link, exact: true })
    await expect(footerLink).toHaveAttribute('href', privacy)
    await footerLink.click()
    await expect(page).toHaveURL(new RegExp(`${privacy}$`))

    // The consent box's label links to it; the box's name is still the sentence it agrees to.
    await page.goto(contact)
    await expect(page.locator('form[data-hydrated]')).toBeVisible()
    const consent = page.getByRole('checkbox')
    await expect(consent).toHaveAccessibleName(messages.form.consent.replace(/<\/?notice>/g, ''))
    const notice = page.locator('label[for="consent"]').getByRole('link')
    await expect(notice).toHaveAttribute('href', privacy)
    await page.getByLabel(messages.form.name, { exact: true }).fill('Ana')
    const [tab] = await Promise.all([page.context().waitForEvent('page'), notice.click()])
    await expect(tab).toHaveURL(new RegExp(`${privacy}$`))
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(text.title)
    await tab.close()
    // Following the link neither ticks the box nor loses what was typed.
    await expect(consent).not.toBeChecked()
    await expect(page.getByLabel(messages.form.name, { exact: true })).toHaveValue('Ana')
  })
}

test('the privacy notice is in the sitemap in each language, with its alternates', async ({
  request,
  baseURL,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const entry = sitemap
    .split('<url>')
    .find((block) => block.includes(`<loc>${baseURL}/privacy</loc>`))
  expect(entry).toBeDefined()
  for (const [hreflang, path] of [
    ['en', '/privacy'],
    ['es', '/es/privacy'],
    ['ru', '/ru/privacy'],
    ['x-default', '/privacy'],
  ]) {
    expect(entry).toContain(`hreflang="${hreflang}" href="${baseURL}${path}"`)
  }
  expect(sitemap).toContain(`<loc>${baseURL}/es/privacy</loc>`)
  expect(sitemap).toContain(`<loc>${baseURL}/ru/privacy</loc>`)
})

for (const path of ['/privacy', '/ru/privacy']) {
  test(`no accessibility violations on ${path}`, async ({ browser }) => {
    expect(await accessibilityViolations(browser, path)).toEqual([])
  })
}
