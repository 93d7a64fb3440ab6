/**
 * The site in English, Spanish and Russian, on the seeded demo content: "Django vs FastAPI" in
 * all three, "When a monolith beats microservices" in English and Spanish, the rest English only.
 * Each language at its own addresses, dates and plurals by its own rules, the switcher, hreflang
 * that is reciprocal everywhere the sitemap says, a feed per language, and a 404 (never an
 * English body) for an article under a language it is not published in.
 */
import { expect, type APIRequestContext, test } from '@playwright/test'

import { tagsIn } from '../../scripts/lib/html'
import { en } from '../../src/i18n/messages/en'
import { es } from '../../src/i18n/messages/es'
import { ru } from '../../src/i18n/messages/ru'
import { apiClients, lexicalParagraphs } from '../helpers/admin'
import { accessibilityViolations } from '../helpers/axe'
import { sendContactForm } from '../helpers/contact-form'
import { listenForSiteMail } from '../helpers/smtp-port'

const ARTICLE = {
  en: '/articles/django-vs-fastapi',
  es: '/es/articles/django-o-fastapi-que-framework-elegir-para-tu-backend',
  ru: '/ru/articles/django-ili-fastapi-kakoy-freymvork-vybrat-dlya-bekenda',
}
const ENGLISH_ONLY = 'async-python-in-production'
const DATE = {
  en: /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/,
  es: /^\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}$/,
  ru: /^\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\.$/,
}

test('a Spanish reader goes from /es to the article, in Spanish all the way', async ({ page }) => {
  await page.goto('/es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { name: 'Últimos artículos' })).toBeVisible()
  // Only what is published in Spanish: the two translated articles.
  await expect(page.locator('.article-list > li')).toHaveCount(2)
  await page.getByRole('link', { name: 'Todos los artículos →' }).click()
  await expect(page).toHaveURL(/\/es\/articles$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Todos los artículos' })).toBeVisible()
  await expect(page.locator('.article-list > li')).toHaveCount(2)

  await page.getByRole('link', { name: /^Django o FastAPI/ }).click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE.es}$`))
  await expect(page.locator('article header time')).toHaveText(DATE.es)
  await expect(page.locator('article header .meta')).toContainText(/· \d+ min de lectura/)
  await expect(page.getByRole('navigation', { name: 'Contenido' })).toBeVisible()
  // The comparison table embedded in the body is the Spanish one.
  await expect(page.locator('.comparison caption')).toContainText('Django frente a FastAPI')
  await expect(page.locator('.comparison thead th').first()).toHaveText('Aspecto')
  // The call to action leads to the Spanish contact page, and to booking a call.
  const cta = page.getByRole('complementary', { name: 'Llamada a la acción' })
  expect(await cta.getByRole('link').first().getAttribute('href')).toMatch(/^\/es\/contact\?from=/)
  expect(await cta.getByRole('link').last().getAttribute('href')).toMatch(/^\/es\/book\?from=/)
})

test('a Russian reader sees Russian dates and plural forms', async ({ page }) => {
  await page.goto(ARTICLE.ru)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.locator('article header time')).toHaveText(DATE.ru)
  await expect(page.locator('article header .meta')).toContainText(
    /· \d+ (минута|минуты|минут) чтения/,
  )
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Django или FastAPI')
})

test('the English page dates in English, whatever the other languages do', async ({ page }) => {
  await page.goto(ARTICLE.en)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('article header time')).toHaveText(DATE.en)
  await expect(page.locator('article header .meta')).toContainText(/· \d+ min read/)
})

test('the switcher goes to the same page in each language, else to its home', async ({ page }) => {
  await page.goto(ARTICLE.en)
  const languages = page.getByRole('navigation', { name: en.site.languages })
  await expect(languages.getByText('English')).toHaveAttribute('aria-current', 'page')
  await languages.getByRole('link', { name: 'Español' }).click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE.es}$`))
  await page
    .getByRole('navigation', { name: es.site.languages })
    .getByRole('link', { name: 'Русский' })
    .click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE.ru}$`))
  await page
    .getByRole('navigation', { name: ru.site.languages })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE.en}$`))

  // An article in English only: the other languages' homes.
  await page.goto(`/articles/${ENGLISH_ONLY}`)
  const switcher = page.getByRole('navigation', { name: en.site.languages })
  expect(await switcher.getByRole('link', { name: 'Español' }).getAttribute('href')).toBe('/es')
  expect(await switcher.getByRole('link', { name: 'Русский' }).getAttribute('href')).toBe('/ru')
})

test('an article not published in a language is a 404 there, in that language', async ({
  page,
}) => {
  for (const [locale, title] of [
    ['es', es.notFound.title],
    ['ru', ru.notFound.title],
  ] as const) {
    const response = await page.goto(`/${locale}/articles/${ENGLISH_ONLY}`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByText('Async Python')).toHaveCount(0)
  }
  // Not in any list, tag page or feed of those languages either.
  for (const path of ['/es', '/es/articles', '/es/tags/python', '/ru/articles', '/es/feed.xml']) {
    const body = await (await page.request.get(path)).text()
    expect(body, path).not.toContain(ENGLISH_ONLY)
  }
})

test('the English home offers Spanish to a browser that prefers it, until dismissed', async ({
  browser,
}) => {
  const spanish = await browser.newContext({ locale: 'es-ES' })
  const page = await spanish.newPage()
  const response = await page.goto('/')
  // Nothing redirects: the English home, with an offer in Spanish.
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const offer = page.locator('.language-suggestion')
  await expect(offer).toContainText(es.home.suggestion)
  expect(await offer.getByRole('link').getAttribute('href')).toBe('/es')
  await offer.getByRole('button', { name: es.home.suggestionClose }).click()
  await expect(offer).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(offer).toHaveCount(0)
  // Only on the home page.
  await page.evaluate(() => localStorage.clear())
  await page.goto(ARTICLE.en)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.language-suggestion')).toHaveCount(0)
  await spanish.close()

  const english = await browser.newContext({ locale: 'en-GB' })
  const englishPage = await english.newPage()
  await englishPage.goto('/')
  await expect(englishPage.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(englishPage.locator('.language-suggestion')).toHaveCount(0)
  await english.close()
})

test('an English slug under /es leads to the Spanish slug of the same article', async ({
  request,
}) => {
  const response = await request.get('/es/articles/django-vs-fastapi', { maxRedirects: 0 })
  expect(response.status()).toBe(308)
  expect(new URL(response.headers().location, 'http://x').pathname).toBe(ARTICLE.es)
  const english = await request.get('/en/articles/django-vs-fastapi', { maxRedirects: 0 })
  expect(english.status()).toBe(308)
  expect(new URL(english.headers().location, 'http://x').pathname).toBe(ARTICLE.en)
})

/** hreflang → URL of a page's head (and its canonical). */
async function headOf(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  const html = await response.text()
  const links = tagsIn(html, ['link', 'html'])
  const alternates: Record<string, string> = {}
  let canonical = ''
  let lang = ''
  for (const { name, attributes } of links) {
    if (name === 'html') lang = attributes.lang
    else if (attributes.rel === 'canonical') canonical = attributes.href
    else if (attributes.rel === 'alternate' && attributes.hreflang) {
      alternates[attributes.hreflang] = attributes.href
    }
  }
  return { alternates, canonical, lang }
}

test('hreflang in every page of the sitemap matches the sitemap, and is reciprocal', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const entries = new Map<string, Record<string, string>>()
  for (const block of sitemap.split('<url>').slice(1)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(block)![1]
    const alternates: Record<string, string> = {}
    for (const [, hreflang, href] of block.matchAll(
      /<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g,
    )) {
      alternates[hreflang] = href
    }
    entries.set(loc, alternates)
  }
  // Every language's home, lists and both translated articles are there.
  for (const path of ['/', '/es', '/ru', '/es/articles', ARTICLE.es, ARTICLE.ru]) {
    expect(
      [...entries.keys()].some((loc) => new URL(loc).pathname === path),
      path,
    ).toBe(true)
  }
  for (const [loc, alternates] of entries) {
    const head = await headOf(request, loc)
    expect(head.canonical, loc).toBe(loc)
    expect(head.alternates, loc).toEqual(alternates)
    expect(alternates[head.lang], loc).toBe(loc)
    expect(alternates['x-default'], loc).toBe(alternates.en)
    for (const [hreflang, href] of Object.entries(alternates)) {
      if (hreflang === 'x-default') continue
      expect(entries.get(href), `${loc} → ${href}`).toEqual(alternates)
    }
  }
})

test('each language has its feed, linked from its pages, with the full text', async ({
  page,
  request,
}) => {
  for (const [home, feed] of [
    ['/', '/feed.xml'],
    ['/es', '/es/feed.xml'],
    ['/ru', '/ru/feed.xml'],
  ]) {
    await page.goto(home)
    const link = page.locator('head link[rel="alternate"][type="application/rss+xml"]')
    expect(new URL((await link.getAttribute('href'))!).pathname).toBe(feed)
  }
  const spanish = await (await request.get('/es/feed.xml')).text()
  expect(spanish).toContain('<language>es</language>')
  expect(spanish.match(/<item>/g)).toHaveLength(2)
  expect(spanish).toContain('<content:encoded>')
  // The body itself, not just the summary: a heading from inside the article.
  expect(spanish).toContain('Lo que Django hace bien')
  const english = await (await request.get('/feed.xml')).text()
  expect((english.match(/<item>/g) ?? []).length).toBeLessThanOrEqual(30)
})

/**
 * The interface strings of the English catalog that a page in `other` must not show: every one
 * that reads differently there ("Telegram" is Telegram in every language).
 */
function englishStrings(other: typeof es): string[] {
  const strings: string[] = []
  const walk = (value: unknown, translated: unknown) => {
    if (typeof value === 'string') {
      const text = value.replace(/[←→]/g, '').trim()
      if (!text.includes('{') && text.length >= 5 && value !== translated) strings.push(text)
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        walk(inner, (translated as Record<string, unknown> | undefined)?.[key])
      }
    }
  }
  walk(en, other)
  return strings
}

test('no interface text is left in English on Spanish and Russian pages', async ({ page }) => {
  const strings = { es: englishStrings(es), ru: englishStrings(ru) }
  expect(strings.es.length).toBeGreaterThan(50)
  for (const path of [
    '/es',
    '/es/articles',
    ARTICLE.es,
    '/es/tags/django',
    '/es/compare/django-frente-a-fastapi',
    '/es/articles/no-such-article',
    '/ru',
    '/ru/articles',
    ARTICLE.ru,
    '/ru/compare/django-ili-fastapi',
    '/es/contact',
    '/ru/contact',
    '/es/privacy',
    '/ru/privacy',
  ]) {
    await page.goto(path)
    const text = await page.locator('body').innerText()
    const labels = await page
      .locator('[aria-label]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')).join('\n'))
    // As words: "o por Telegram" is Spanish, though it holds the letters of "or Telegram".
    const shows = (string: string) => {
      const word = new RegExp(
        `(?<![\\p{L}])${string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
        'u',
      )
      return word.test(text) || word.test(labels)
    }
    const leftovers = strings[path.startsWith('/es') ? 'es' : 'ru'].filter(shows)
    expect(leftovers, path).toEqual([])
  }
})

for (const path of [
  '/es',
  ARTICLE.es,
  '/ru',
  ARTICLE.ru,
  '/es/articles/no-such-article',
  '/es/contact',
  '/ru/contact',
]) {
  test(`no accessibility violations on ${path}`, async ({ browser }) => {
    expect(await accessibilityViolations(browser, path)).toEqual([])
  })
}

test.describe("the contact form in the page's language", () => {
  const sink = listenForSiteMail()
  const stamp = Date.now().toString(36)

  test('in Spanish: an inline error, then success, and the confirmation email in Spanish', async ({
    browser,
  }) => {
    // A client address of its own: the other specs' requests count against 127.0.0.1's limit.
    const context = await browser.newContext({
      extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.77' },
    })
    const page = await context.newPage()
    await page.goto('/es/contact')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.form.title)
    await expect(page.locator('form[data-hydrated]')).toBeVisible()
    const email = page.getByLabel(es.form.email)
    await email.fill('ana@@example')
    await email.blur()
    await expect(page.locator('#email-error')).toHaveText(es.form.errors.emailInvalid)

    const address = `lucia.${stamp}@example.com`
    await page.getByLabel(es.form.name, { exact: true }).fill('Lucía')
    await email.fill(address)
    await page.getByLabel(es.form.projectType).selectOption('new-product')
    await page
      .getByLabel(es.form.message)
      .fill('Necesitamos un backend en Django para un marketplace.')
    await page.getByLabel(/Acepto/).check()
    await sendContactForm(page, es.form.send)
    await expect(page.getByRole('status')).toContainText(es.form.sent)
    await expect(page.getByRole('status')).toContainText('¡Gracias!')

    const mails = await sink.waitFor(2, 20_000)
    const confirmation = mails.find((mail) => JSON.stringify(mail.to).includes(address))
    expect(confirmation?.subject).toMatch(/^Tu solicitud de consulta en /)
    expect(confirmation?.text).toMatch(/^Hola, Lucía:/)
    const owner = mails.find((mail) => mail !== confirmation)
    expect(owner?.text).toContain('Wrote in: Spanish (español)')
    await context.close()
  })

  test('in Russian without JavaScript: the errors come back in Russian, with a 400', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/ru/contact')
    await page.getByLabel(ru.form.name, { exact: true }).fill('Иван')
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      sendContactForm(page, ru.form.send),
    ])
    await page.waitForLoadState()
    expect(response.status()).toBe(400)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.locator('#email-error')).toHaveText(ru.form.errors.emailInvalid)
    await expect(page.locator('#message-error')).toHaveText(ru.form.errors.messageTooShort)
    await expect(page.getByRole('alert').first()).toHaveText(ru.form.results.checkFields)
    await expect(page.getByLabel(ru.form.name, { exact: true })).toHaveValue('Иван')
    await context.close()
  })
})

test.describe('a translation is its own publication, instantly', () => {
  const INSTANT = { timeout: 2_000, intervals: [100, 100, 200] }
  const stamp = Date.now().toString(36)
  const english = { title: `Translated later ${stamp}`, slug: `translated-later-${stamp}` }
  const spanish = { title: `Traducido después ${stamp}`, slug: `traducido-despues-${stamp}` }
  let api: APIRequestContext
  let anonymous: APIRequestContext
  let id: number

  test.beforeAll(async ({ playwright, baseURL }) => {
    ;({ api, anonymous } = await apiClients(playwright.request, baseURL))
  })
  test.afterAll(async () => {
    if (id) await api.delete(`/api/articles/${id}`)
    await api?.dispose()
    await anonymous?.dispose()
  })

  const shows = async (path: string, text: string) => {
    const response = await anonymous.get(path)
    return response.status() === 200 && (await response.text()).includes(text)
  }

  test('publishing the Spanish one puts it on Spanish pages only; unpublishing takes it away', async () => {
    const created = await api.post('/api/articles', {
      data: {
        ...english,
        description: 'Published in English first.',
        body: lexicalParagraphs('The English text.'),
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    id = (await created.json()).doc.id
    await expect.poll(() => shows('/articles', english.title), INSTANT).toBe(true)
    expect(await shows('/es/articles', english.title)).toBe(false)

    const published = await api.patch(`/api/articles/${id}?locale=es&publishSpecificLocale=es`, {
      data: {
        ...spanish,
        description: 'Publicado en español después.',
        body: lexicalParagraphs('El texto en español.'),
        _status: 'published',
      },
    })
    expect(published.status()).toBe(200)
    await expect.poll(() => shows('/es/articles', spanish.title), INSTANT).toBe(true)
    expect(await shows(`/es/articles/${spanish.slug}`, 'El texto en español.')).toBe(true)
    expect(await shows('/es/feed.xml', spanish.title)).toBe(true)
    expect(await shows('/ru/articles', spanish.title)).toBe(false)
    // The English page now names its Spanish twin.
    expect(await shows(`/articles/${english.slug}`, `/es/articles/${spanish.slug}`)).toBe(true)

    const unpublished = await api.patch(`/api/articles/${id}?locale=es`, {
      data: { _status: 'draft' },
    })
    expect(unpublished.status()).toBe(200)
    await expect.poll(() => shows('/es/articles', spanish.title), INSTANT).toBe(false)
    expect((await anonymous.get(`/es/articles/${spanish.slug}`)).status()).toBe(404)
    expect(await shows('/articles', english.title)).toBe(true)
    expect(await shows(`/articles/${english.slug}`, 'The English text.')).toBe(true)
  })
})
