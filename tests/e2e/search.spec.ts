/**
 * Search as a reader uses it, on the seeded demo content: from the header of `/`, `/es` and `/ru`
 * without JavaScript (a plain GET form and a server-rendered results page) and with it (results
 * as you type, arrows and Enter); odd queries get a friendly page; the owner sees what readers
 * searched for, and what found nothing.
 */
import { expect, test } from '@playwright/test'

import { logInToAdmin } from '../helpers/admin'
import { accessibilityViolations } from '../helpers/axe'

const ARTICLE = {
  en: 'Django vs FastAPI: Which Framework Should You Choose for Your Backend?',
  es: 'Django o FastAPI: ¿qué framework elegir para tu backend?',
  ru: 'Django или FastAPI: какой фреймворк выбрать для бэкенда?',
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const [home, label, query, results, title] of [
    ['/', 'Search articles', 'frameworks', /^\/search\?q=frameworks$/, ARTICLE.en],
    [
      '/es',
      'Buscar artículos',
      'frameworks rapidos',
      /^\/es\/search\?q=frameworks\+rapidos$/,
      ARTICLE.es,
    ],
    ['/ru', 'Поиск по статьям', 'фреймворков', /^\/ru\/search\?q=/, ARTICLE.ru],
  ] as const) {
    test(`the header's field on ${home} finds "${query}"`, async ({ page }) => {
      await page.goto(home)
      await page.getByRole('searchbox', { name: label }).fill(query)
      await page.getByRole('searchbox', { name: label }).press('Enter')
      await expect(page).toHaveURL((url) => results.test(url.pathname + url.search))
      await expect(page.locator('.search-summary')).toContainText(query)
      const result = page.locator('.search-results li').filter({ hasText: title })
      await expect(result.getByRole('link', { name: title })).toBeVisible()
      await expect(result.locator('mark').first()).toBeVisible()
      await result.getByRole('link', { name: title }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    })
  }

  test('a typo gets "Did you mean Django?", and similar titles meanwhile', async ({ page }) => {
    await page.goto('/search?q=djnago')
    await expect(page.getByText('Did you mean Django?')).toBeVisible()
    await expect(page.locator('.search-results li').first()).toBeVisible()
    await page.getByRole('link', { name: 'Django', exact: true }).click()
    await expect(page).toHaveURL(/\/search\?q=Django$/)
    await expect(page.locator('.search-summary')).toContainText(/\d+ results? for “Django”/)
  })

  test('an empty or odd query gets a friendly page, never an error', async ({ page }) => {
    // Nothing to search for: the friendly page, with topics and the latest articles.
    for (const query of ['', '   ', '- - "" or or', '🙂🚀🔥', '%00%ff']) {
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`)
      expect(response?.status(), query).toBe(200)
      await expect(page.getByRole('heading', { name: 'Latest articles' })).toBeVisible()
      await expect(page.getByRole('heading', { name: 'Popular topics' })).toBeVisible()
    }
    // Hostile or huge: an answer like any other (what other tests published may match).
    for (const query of [
      'x'.repeat(1000),
      "'; DROP TABLE articles; --",
      '<script>alert(1)</script>',
    ]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`)
      expect(response?.status(), query.slice(0, 20)).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Search')
      // The query is text on the page, never an element.
      await expect(page.locator('script', { hasText: /^alert\(1\)$/ })).toHaveCount(0)
    }
    for (const page_ of ['0', '-1', '1e21', 'two', '99999']) {
      const response = await page.goto(`/search?q=django&page=${page_}`)
      expect(response?.status(), page_).toBe(200)
    }
  })
})

test.describe('with JavaScript', () => {
  test('results show as you type; arrows and Enter open one', async ({ page }) => {
    await page.goto('/')
    const field = page.getByRole('combobox', { name: 'Search articles' })
    await field.pressSequentially('djan', { delay: 50 })
    const list = page.getByRole('listbox', { name: 'Search articles' })
    await expect(list.getByRole('option', { name: ARTICLE.en })).toBeVisible()
    const options = await list.getByRole('option').allInnerTexts()
    await field.press('ArrowDown')
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
    await field.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(options[0])
  })

  test('in Spanish, a word half typed; Enter with none chosen shows the results page', async ({
    page,
  }) => {
    await page.goto('/es')
    const field = page.getByRole('combobox', { name: 'Buscar artículos' })
    await field.pressSequentially('framew', { delay: 50 })
    await expect(page.getByRole('option', { name: ARTICLE.es })).toBeVisible()
    await field.press('Escape')
    await expect(page.getByRole('listbox')).toBeHidden()
    await field.press('Enter')
    await expect(page).toHaveURL(/\/es\/search\?q=framew$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Búsqueda: framew')
  })

  test('in Russian, on the results page the address follows the field', async ({ page }) => {
    await page.goto('/ru/search')
    const field = page.getByRole('combobox', { name: 'Поиск по статьям' })
    await field.pressSequentially('фреймв', { delay: 50 })
    await expect(page.getByRole('option', { name: ARTICLE.ru })).toBeVisible()
    await expect(page).toHaveURL(/\/ru\/search\?q=%D1%84/)
  })
})

for (const path of [
  '/search',
  '/search?q=django',
  '/es/search?q=framework',
  '/ru/search?q=джанго',
]) {
  test(`no accessibility violations on ${path}`, async ({ browser }) => {
    expect(await accessibilityViolations(browser, path)).toEqual([])
  })
}

test('the owner sees what readers searched for, and what found nothing', async ({ page }) => {
  // Letters only: other tests' titles carry base-36 stamps, and a stamp would look alike.
  const letters = Array.from(
    { length: 8 },
    () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)],
  )
  const nothing = `quuxplorer${letters.join('')}`
  await page.goto(`/search?q=${encodeURIComponent(nothing)}`)
  await expect(page.locator('.search-summary')).toContainText('Nothing found')
  await page.goto('/search?q=Django')
  await logInToAdmin(page)
  await expect(
    page.getByTestId('unanswered-searches').getByRole('row', { name: new RegExp(nothing) }),
  ).toBeVisible()
  await expect(
    page.getByTestId('top-searches').getByRole('rowheader', { name: 'django', exact: true }),
  ).toBeVisible()
})
