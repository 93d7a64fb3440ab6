/**
 * The site's design in a browser: no WCAG 2 AA findings (colour contrast included) in the light
 * and the dark colour scheme; the owner's brand accent from the site settings; and on a 360 px
 * phone, the header's "Book a free call" in view without opening anything and no page wider than
 * the screen.
 */
import { expect, test } from '@playwright/test'

import { accentShades } from '../../src/lib/accent'
import { en } from '../../src/i18n/messages/en'
import { es } from '../../src/i18n/messages/es'
import { ru } from '../../src/i18n/messages/ru'
import { adminToken } from '../helpers/admin'
import { accessibilityViolations } from '../helpers/axe'

const PAGES = [
  '/',
  '/articles/django-vs-fastapi',
  '/compare/django-vs-fastapi',
  '/contact',
  '/book',
]

/** The page's own value of a custom property of :root. */
const token = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim()

test.describe('light scheme', () => {
  test.use({ colorScheme: 'light' })

  test('the page is painted with the light tokens', async ({ page }) => {
    await page.goto('/')
    // (The stylesheet is minified: #ffffff may arrive as #fff.)
    expect(await page.evaluate(token, '--bg')).toMatch(/^#fff(fff)?$/)
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  })

  for (const path of PAGES) {
    test(`no accessibility violations on ${path}`, async ({ browser }) => {
      expect(await accessibilityViolations(browser, path, { colorScheme: 'light' })).toEqual([])
    })
  }
})

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' })

  test('the page is painted with the dark tokens, and tells the browser so', async ({ page }) => {
    await page.goto('/')
    expect(await page.evaluate(token, '--bg')).toBe('#11161d')
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(17, 22, 29)')
    await expect(page.locator('html')).toHaveCSS('color', 'rgb(230, 237, 243)')
    // The browser's own bars follow the scheme.
    const themeColors = page.locator('meta[name="theme-color"]')
    await expect(themeColors).toHaveCount(2)
    await expect(themeColors.nth(1)).toHaveAttribute('media', '(prefers-color-scheme: dark)')
    await expect(themeColors.nth(1)).toHaveAttribute('content', '#11161d')
  })

  for (const path of PAGES) {
    test(`no accessibility violations on ${path}`, async ({ browser }) => {
      expect(await accessibilityViolations(browser, path, { colorScheme: 'dark' })).toEqual([])
    })
  }
})

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  const HOMES = [
    { home: '/', book: '/book', label: en.site.bookCallShort },
    { home: '/es', book: '/es/book', label: es.site.bookCallShort },
    { home: '/ru', book: '/ru/book', label: ru.site.bookCallShort },
  ]

  for (const { home, book, label } of HOMES) {
    test(`${home}: "${label}" is in the header, in view`, async ({ page }) => {
      await page.goto(home)
      const action = page.getByRole('banner').getByRole('link', { name: label })
      await expect(action).toBeVisible()
      await expect(action).toBeInViewport({ ratio: 1 })
      await expect(action).toHaveAttribute('href', book)
    })
  }

  for (const path of [...PAGES, '/es', '/ru/contact', '/articles', '/search?q=django']) {
    test(`${path} is no wider than the screen`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('banner').locator('.header-action')).toBeInViewport()
      // The footer is there too (the page has rendered to its end).
      await expect(page.getByRole('contentinfo')).toBeAttached()
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
    })
  }
})

test('the header has the full "Book a free call" on a wide screen, and the footer has it too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/ru/articles')
  const action = page.getByRole('banner').getByRole('link', { name: ru.site.bookCall })
  await expect(action).toBeVisible()
  await expect(action).toHaveAttribute('href', '/ru/book')
  const footer = page.getByRole('contentinfo')
  await expect(footer.getByRole('link', { name: ru.site.bookCall })).toHaveAttribute(
    'href',
    '/ru/book',
  )
  // Each language's home, in its own name.
  for (const [name, href] of [
    ['English', '/'],
    ['Español', '/es'],
    ['Русский', '/ru'],
  ]) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href)
  }
  await expect(footer.getByRole('link', { name: ru.site.rssFeed })).toHaveAttribute(
    'href',
    '/ru/feed.xml',
  )
})

test('the brand accent of the site settings colours the site, readable in both schemes', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await playwright.request.newContext({ baseURL })
  const auth = { Authorization: `JWT ${await adminToken(api)}` }
  const settings = await (await api.get('/api/globals/site-settings', { headers: auth })).json()
  const before: string = settings.brandAccent
  const accent = '#e11d48'
  const shades = accentShades(accent)
  try {
    const saved = await api.post('/api/globals/site-settings', {
      headers: auth,
      data: { brandAccent: accent },
    })
    expect(saved.ok()).toBe(true)
    await expect(async () => {
      await page.goto('/articles')
      expect(await page.evaluate(token, '--accent')).toBe(shades.light.accent)
    }).toPass({ timeout: 10_000 })
    await expect(page.locator('.site-header .header-action')).toHaveCSS(
      'background-color',
      hexToRgb(shades.light.accent),
    )
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await page.evaluate(token, '--accent')).toBe(shades.dark.accent)
  } finally {
    await api.post('/api/globals/site-settings', { headers: auth, data: { brandAccent: before } })
    await api.dispose()
  }
})

function hexToRgb(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}
