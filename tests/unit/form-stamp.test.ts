/**
 * The form pages are rendered once and each response gets its visitor's values (form-stamp.ts):
 * a new identity every time, the campaign query (and nothing else of it), a refused post's
 * message, never a shared cache's copy; and every value reads the same in HTML and in JSON.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formPageLocale, stampBody, stampValues } from '@/edge/form-stamp'
import { wrapResponse } from '@/edge/respond'
import { en } from '@/i18n/messages/en'
import { es } from '@/i18n/messages/es'
import { ru } from '@/i18n/messages/ru'
import { formInput } from '@/lib/form-input'
import {
  attributionFields,
  attributionQuery,
  FORM_STAMPS,
  isPlainStampValue,
} from '@/lib/form-stamp'
import { spamReason } from '@/leads/spam'

const SECRET = 'a-test-secret-of-enough-length-0123456789'

describe('the campaign query a form page carries on', () => {
  it('keeps only the campaign parameters, first value each, url-encoded', () => {
    expect(
      attributionQuery('?utm_source=news letter&x=1&from=/articles/a&from=/b&utm_term=<b>"x"'),
    ).toBe('?from=%2Farticles%2Fa&utm_source=news+letter&utm_term=%3Cb%3E%22x%22')
    expect(attributionQuery('')).toBe('')
    expect(attributionQuery('?x=1')).toBe('')
  })

  it('is plain in HTML and in JSON, whatever the address held', () => {
    for (const search of ['?from=/a&utm_source=%27%22%3C%3E%26%5C', '?utm_content=\u2028x']) {
      expect(isPlainStampValue(attributionQuery(search)), search).toBe(true)
    }
  })

  it('becomes the lead’s fields, and a field the form sent itself comes first', () => {
    expect(attributionFields('?from=/articles/a&utm_source=news&utm_medium=mail')).toEqual({
      sourcePage: '/articles/a',
      utmSource: 'news',
      utmMedium: 'mail',
    })
    const form = new FormData()
    form.append('name', 'Ana')
    form.append('campaign', '?from=/x&utm_source=address')
    form.append('utmSource', 'typed')
    form.append('name', 'Ana again')
    expect(formInput(form)).toEqual({
      sourcePage: '/x',
      utmSource: 'typed',
      name: ['Ana', 'Ana again'],
    })
    const plain = new FormData()
    plain.append('name', 'Ana')
    plain.append('campaign', '')
    expect(formInput(plain)).toEqual({ name: 'Ana' })
  })
})

describe('the values of one response', () => {
  it('are a new identity each time, which the spam check accepts once a person had time', () => {
    const first = stampValues('', 'en', undefined, SECRET)
    const second = stampValues('', 'en', undefined, SECRET)
    expect(first.idempotencyKey).not.toBe(second.idempotencyKey)
    expect(first.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    const later = Number(first.formToken.split('.')[0]) + 10_000
    expect(spamReason({ formToken: first.formToken }, later, SECRET)).toBeNull()
    expect(spamReason({ formToken: first.formToken }, later, 'another secret')).not.toBeNull()
    expect(first.refusal).toBe('')
  })

  it('say why a post was refused, in the page’s language', () => {
    expect(stampValues('', 'es', 'too-large', SECRET).refusal).toBe(es.form.refusals.tooLarge)
    expect(stampValues('', 'ru', 'foreign-origin', SECRET).refusal).toBe(
      ru.form.refusals.foreignOrigin,
    )
  })

  it('only with messages that read the same in HTML and JSON', () => {
    for (const catalog of [en, es, ru]) {
      for (const message of Object.values(catalog.form.refusals)) {
        expect(isPlainStampValue(message), message).toBe(true)
      }
    }
  })

  it('replace every placeholder, and leave a body without one as it was', () => {
    const values = stampValues('?from=/a', 'en', 'unreadable', SECRET)
    const page = Buffer.from(
      Object.values(FORM_STAMPS)
        .map((placeholder) => `<p>${placeholder}</p><script>"${placeholder}"</script>`)
        .join(''),
    )
    const stamped = stampBody(page, values).toString()
    expect(stamped).not.toContain('__form_')
    for (const value of Object.values(values)) expect(stamped).toContain(value)
    const plain = Buffer.from('<p>nothing to stamp</p>')
    expect(stampBody(plain, values)).toBe(plain)
  })

  it('belong to the form pages of every language only', () => {
    expect(formPageLocale('/contact')).toBe('en')
    expect(formPageLocale('/es/book')).toBe('es')
    expect(formPageLocale('/ru/contact/')).toBe('ru')
    expect(formPageLocale('/articles/contact')).toBeUndefined()
    expect(formPageLocale('/book/manage/x')).toBeUndefined()
  })
})

describe('a form page’s response', () => {
  let server: http.Server
  let base: string
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const search = (req.url ?? '').slice((req.url ?? '').indexOf('?') + 1 || Infinity)
      wrapResponse(req, res, { https: false, cdnMaxAge: 60, csp: true }, (body) =>
        stampBody(body, stampValues(search ? `?${search}` : '', 'en', undefined, SECRET)),
      )
      // As Next sends a pre-rendered page: shared caching, an ETag, then the body.
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', 's-maxage=31536000')
      res.setHeader('ETag', '"same-for-everyone"')
      res.end(
        `<form action="/contact${FORM_STAMPS.query}"><input value="${FORM_STAMPS.idempotencyKey}">` +
          `</form><script>self.f="${FORM_STAMPS.idempotencyKey}"</script>`,
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('is private, has no ETag, and its policy allows the script as stamped', async () => {
    const response = await fetch(`${base}/contact?from=/articles/a&utm_source=x&y=1`)
    const body = await response.text()
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('etag')).toBeNull()
    expect(body).toContain('action="/contact?from=%2Farticles%2Fa&utm_source=x"')
    const key = /value="([^"]+)"/.exec(body)![1]
    expect(body).toContain(`self.f="${key}"`)
    const hash = crypto.createHash('sha256').update(`self.f="${key}"`).digest('base64')
    expect(response.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`)
    const again = await (await fetch(`${base}/contact`)).text()
    expect(again).not.toContain(key)
    expect(again).toContain('action="/contact"')
  })
})
