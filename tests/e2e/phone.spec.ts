/**
 * The site on a 390 × 844 phone, in the light and the dark colour scheme: the header is one short
 * row (the navigation, the search field and the languages fold into a menu that opens without
 * JavaScript), so an article's title and opening lines and the home page's primary action are in
 * the first screen; the search is one tap away; the as-you-type code arrives when the field is
 * first used, not with the page.
 */
import { expect, type Locator, test } from '@playwright/test'

import { en } from '../../src/i18n/messages/en'

const SCREEN = { width: 390, height: 844 }
const ARTICLE = '/articles/django-vs-fastapi'
const TITLE = 'Django vs FastAPI: Which Framework Should You Choose for Your Backend?'

/** The whole box inside the first screen, nothing scrolled. */
async function expectInFirstScreen(locator: Locator) {
  await expect(locator).toBeVisible()
  const box = await locator.boundingBox()
  expect(box).not.toBeNull()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height).toBeLessThanOrEqual(SCREEN.height)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ viewport: SCREEN, colorScheme })

    test('the header is one short row', async ({ page }) => {
      for (const path of ['/', ARTICLE, '/es', '/ru/articles', '/search?q=django']) {
        await page.goto(path)
        const box = await page.getByRole('banner').boundingBox()
        expect(box!.height, path).toBeLessThanOrEqual(80)
        // The primary action is in it, in view, without opening anything.
        await expectInFirstScreen(page.getByRole('banner').locator('.header-action'))
      }
    })

    test("an article's title and its opening paragraph are in the first screen", async ({
      page,
    }) => {
      await page.goto(ARTICLE)
      const article = page.getByRole('article')
      await expect(article.getByRole('heading', { level: 1 })).toHaveText(TITLE)
      await expectInFirstScreen(article.getByRole('heading', { level: 1 }))
      // The article opens with its standfirst (the description), above the byline and contents.
      await expectInFirstScreen(article.locator('header > p').first())
    })

    test("the home page's primary action is in the first screen", async ({ page }) => {
      await page.goto('/')
      await expectInFirstScreen(
        page.getByRole('main').getByRole('link', { name: 'Book a free 30-minute call' }),
      )
    })
  })
}

for (const javaScriptEnabled of [false, true]) {
  test(`the menu opens and leads to its pages ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: SCREEN, javaScriptEnabled })
    try {
      const page = await context.newPage()
      await page.goto(ARTICLE)
      const banner = page.getByRole('banner')
      const nav = banner.getByRole('navigation', { name: en.site.mainNavigation })
      const languages = banner.getByRole('navigation', { name: en.site.languages })
      const menu = banner.locator('summary', { hasText: en.site.menu })
      await expect(nav).toBeHidden()
      await expect(languages).toBeHidden()

      // By keyboard: the menu button is focusable, Enter opens it, Tab goes on into it.
      await menu.focus()
      await page.keyboard.press('Enter')
      await expect(banner.locator('details')).toHaveAttribute('open', '')
      await page.keyboard.press('Tab')
      await expect(nav.getByRole('link').first()).toBeFocused()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Enter')
      await expect(nav).toBeHidden()

      // By a tap: every link in view, and each language.
      await menu.click()
      await expect(nav.getByRole('link').first()).toBeVisible()
      for (const link of await nav.getByRole('link').all()) await expect(link).toBeInViewport()
      await expect(languages.getByRole('link', { name: 'Español' })).toBeInViewport()
      await expect(banner.getByRole('search')).toBeInViewport()
      await nav.getByRole('link', { name: 'Contact' }).click()
      await expect(page).toHaveURL(/\/contact$/)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    } finally {
      await context.close()
    }
  })

  test(`one tap on the search control reaches a search field ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: SCREEN, javaScriptEnabled })
    try {
      const page = await context.newPage()
      await page.goto(ARTICLE)
      await page.getByRole('banner').getByRole('link', { name: en.search.title }).click()
      await expect(page).toHaveURL(/\/search$/)
      const field = page.getByRole('main').getByRole('searchbox', { name: en.search.label })
      await expect(field).toBeInViewport()
      await field.fill('django')
      await field.press('Enter')
      await expect(page).toHaveURL(/\/search\?q=django$/)
      await expect(page.locator('.search-results li').first()).toBeVisible()
    } finally {
      await context.close()
    }
  })
}

test('on a phone, the menu holds the search field, with results as you type', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: SCREEN })
  try {
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto('/')
    await page.waitForLoadState('networkidle')
    const loaded = scripts.length
    await page.getByRole('banner').locator('summary', { hasText: en.site.menu }).click()
    const field = page.getByRole('banner').getByRole('combobox', { name: en.search.label })
    await field.pressSequentially('djan', { delay: 50 })
    // The as-you-type code came with the first use of the field, not with the page.
    expect(scripts.length).toBeGreaterThan(loaded)
    const list = page.getByRole('listbox', { name: en.search.label })
    await expect(list.getByRole('option', { name: TITLE })).toBeVisible()
    await expect(field).toHaveValue('djan')
    await expect(field).toBeFocused()
  } finally {
    await context.close()
  }
})
