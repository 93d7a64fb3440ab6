/** The page-view beacon's rules (src/analytics/beacon.ts): what counts, and what is kept of it. */
import { describe, expect, it } from 'vitest'

import { ignoredBecause, localeOfPath, referrerHost, utmSource, viewOf } from '@/analytics/beacon'

const browser = {
  'user-agent':
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  host: 'www.example.com',
  origin: 'https://www.example.com',
  'sec-fetch-site': 'same-origin',
}

describe('ignoredBecause', () => {
  it('lets a browser on the site through', () => {
    expect(ignoredBecause(new Headers(browser))).toBeNull()
    // Older browsers send no Sec-Fetch-Site, some no Origin.
    expect(ignoredBecause(new Headers({ 'user-agent': browser['user-agent'] }))).toBeNull()
  })

  it.each([
    [{ dnt: '1' }, 'do-not-track'],
    [{ 'sec-gpc': '1' }, 'do-not-track'],
    [{ 'sec-purpose': 'prefetch' }, 'prefetch'],
    [{ 'sec-purpose': 'prefetch;prerender' }, 'prefetch'],
    [{ 'x-moz': 'prefetch' }, 'prefetch'],
    [{ 'x-purpose': 'preview' }, 'prefetch'],
    [{ 'next-router-prefetch': '1' }, 'prefetch'],
    [
      { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      'bot',
    ],
    [{ 'user-agent': 'python-requests/2.32' }, 'bot'],
    [{ 'user-agent': '' }, 'bot'],
    [{ cookie: 'payload-token=x' }, 'editor'],
    [{ cookie: 'a=b; __prerender_bypass=x' }, 'editor'],
    [{ 'sec-fetch-site': 'cross-site' }, 'foreign'],
    [{ origin: 'https://evil.example' }, 'foreign'],
    [{ origin: 'null' }, 'foreign'],
  ])('%o: %s', (headers, reason) => {
    expect(ignoredBecause(new Headers({ ...browser, ...headers }))).toBe(reason)
  })

  it('does not mistake a cookie that merely ends in the name for the session', () => {
    expect(ignoredBecause(new Headers({ ...browser, cookie: 'not-payload-token=x' }))).toBeNull()
  })
})

describe('viewOf', () => {
  it('reads the path, its language, the referring host and utm_source', () => {
    expect(viewOf({ p: '/es/articles/x/', r: 'Search.Example', u: 'Mastodon' })).toEqual({
      path: '/es/articles/x',
      locale: 'es',
      referrerHost: 'search.example',
      utmSource: 'mastodon',
    })
    expect(viewOf({ p: '/' })).toEqual({ path: '/', locale: 'en', referrerHost: '', utmSource: '' })
  })

  it.each([
    null,
    'x',
    [],
    {},
    { p: 1 },
    { p: 'articles' },
    { p: '/a?b' },
    { p: '/a#b' },
    { p: '//evil.example' },
    { p: '/A' },
    { p: '/a\u0000' },
    { p: `/${'a'.repeat(300)}` },
    { p: '/', r: 1 },
    { p: '/', u: {} },
  ])('refuses %o', (body) => {
    expect(viewOf(body)).toBeNull()
  })
})

describe('what is kept', () => {
  it('the language of a path', () => {
    expect(localeOfPath('/ru')).toBe('ru')
    expect(localeOfPath('/ru/contact')).toBe('ru')
    expect(localeOfPath('/russia')).toBe('en')
    expect(localeOfPath('/en/articles')).toBe('en')
  })

  it.each([
    ['', ''],
    ['news.example.com', 'news.example.com'],
    ['NEWS.example.com:8443', 'news.example.com'],
    ['https://user:pw@news.example.com/path?q=secret', 'news.example.com'],
    ['android-app://com.google.android.gm/', 'com.google.android.gm'],
    ['news.example.com/path', ''],
    ['exa mple.com', ''],
    ['exämple.com', ''],
    [`${'a'.repeat(250)}.com`, ''],
  ])('the referring host of %s: "%s"', (value, host) => {
    expect(referrerHost(value)).toBe(host)
  })

  it.each([
    ['', ''],
    ['Newsletter', 'newsletter'],
    ['  news letter!! ', 'news-letter'],
    ['telegram.channel_1', 'telegram.channel_1'],
    ['ТЕЛЕГРАМ', 'телеграм'],
    ['a\u0000b\u202ec', 'a-b-c'],
    ['ann@example.com', ''],
    ['x'.repeat(100), 'x'.repeat(40)],
    [`${'x'.repeat(39)} y`, 'x'.repeat(39)],
  ])('utm_source %j: %j', (value, kept) => {
    expect(utmSource(value)).toBe(kept)
  })
})
