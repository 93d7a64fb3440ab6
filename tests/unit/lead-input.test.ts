/**
 * What a prospect's text may carry, and how the hidden fields are read one by one: the rules that
 * keep NUL out of PostgreSQL, bidi tricks out of subject lines, and attribution from costing a lead.
 */
import { describe, expect, it } from 'vitest'

import { readAttribution } from '@/leads/attribution'
import { cleanMultiline, cleanOneLine } from '@/leads/schema'
import { greetingName, prospectConfirmation } from '@/leads/emails'
import { fieldErrorsOf, leadSchema } from '@/leads/schema'
import { en } from '@/i18n/messages/en'
import { es } from '@/i18n/messages/es'
import { ru } from '@/i18n/messages/ru'

const SITE = 'https://pau.example'
const valid = {
  name: 'Ana',
  email: 'ana@example.com',
  projectType: 'consultation',
  message: 'I would like a second opinion on our API design.',
  preferredContact: 'email',
  consent: 'on',
}

describe('text cleaning', () => {
  it('removes NUL and other control characters everywhere', () => {
    expect(cleanOneLine('A\u0000n\u0007a\u009b')).toBe('Ana')
    expect(cleanMultiline('line\u0000 one\r\nline two\rthree\u0008')).toBe(
      'line one\nline two\nthree',
    )
  })

  it('removes bidi overrides, so "Eve \\u202Egnp.exe" cannot pose as "exe.png"', () => {
    expect(cleanOneLine('Eve \u202Egnp.exe')).toBe('Eve gnp.exe')
    expect(cleanOneLine('\u2066a\u2069\u200F\u061C')).toBe('a')
    // Right-to-left text itself, emoji and joiners stay.
    expect(cleanOneLine('שלום 👩‍💻 سلام')).toBe('שלום 👩‍💻 سلام')
  })

  it('turns a lone surrogate into U+FFFD, which the schema refuses with a message', () => {
    const result = leadSchema.safeParse({ ...valid, name: 'An\uD800a' })
    expect(result.success).toBe(false)
    expect(result.error && fieldErrorsOf(result.error, en.form.errors).name).toMatch(
      /could not be read/,
    )
  })

  it('the schema stores what cleaning leaves, and still refuses line breaks in one-line fields', () => {
    const result = leadSchema.safeParse({
      ...valid,
      name: ' Eve\u0000 \u202Egnp.exe ',
      company: 'A\tB',
    })
    expect(result.success && result.data).toMatchObject({ name: 'Eve gnp.exe', company: 'A B' })
    expect(leadSchema.safeParse({ ...valid, company: 'A\r\nBcc: x@example.com' }).success).toBe(
      false,
    )
  })

  it('gives a clear message for a field that is missing or not text, in each language', () => {
    const result = leadSchema.safeParse({ ...valid, name: undefined, message: 42 })
    expect(fieldErrorsOf(result.error!, en.form.errors)).toMatchObject({
      name: 'Please enter your name',
      message: 'Please tell me about your project',
    })
    expect(fieldErrorsOf(result.error!, es.form.errors)).toMatchObject({
      name: 'Escribe tu nombre',
      message: 'Cuéntame tu proyecto',
    })
    expect(fieldErrorsOf(result.error!, ru.form.errors)).toMatchObject({
      name: 'Укажите ваше имя',
      message: 'Расскажите о своём проекте',
    })
  })

  it('says everything through the catalogs: every message it gives has a text in each language', () => {
    const wrong = [
      {},
      { name: 'x'.repeat(101), email: 'not an address', company: 'a\nb', message: 'short' },
      { ...valid, email: 'x'.repeat(300), company: 'c'.repeat(151), projectType: 'nope' },
      { ...valid, message: 'm'.repeat(5001), preferredContact: 'fax', consent: 'off' },
      { ...valid, preferredContact: 'telegram' },
      { ...valid, preferredContact: 'telegram', telegram: '@x' },
      { ...valid, preferredContact: 'telegram', telegram: 't'.repeat(40) },
      { ...valid, name: 42, email: ['a'], message: null },
    ]
    const messages = new Set(
      wrong
        .flatMap((input) => leadSchema.safeParse(input).error?.issues ?? [])
        .map((i) => i.message),
    )
    expect(messages.size).toBeGreaterThan(10)
    for (const message of messages) {
      for (const catalog of [en, es, ru])
        expect(Object.keys(catalog.form.errors)).toContain(message)
    }
  })
})

describe('attribution, read field by field', () => {
  it('keeps good values as they are, with no notes', () => {
    const read = readAttribution(
      { sourcePage: '/articles/django-vs-fastapi', utmSource: 'newsletter', utmCampaign: 'autumn' },
      SITE,
    )
    expect(read.attribution).toEqual({
      sourcePage: '/articles/django-vs-fastapi',
      utmSource: 'newsletter',
      utmCampaign: 'autumn',
    })
    expect(read.notes).toEqual([])
  })

  it('cuts a value that is too long and notes it; the others are untouched', () => {
    const campaign = 'c'.repeat(230)
    const read = readAttribution({ utmCampaign: campaign, utmSource: 'mail' }, SITE)
    expect(read.attribution.utmCampaign).toBe('c'.repeat(200))
    expect(read.attribution.utmSource).toBe('mail')
    expect(read.notes).toEqual(['utmCampaign cut to 200 of 230 characters'])
  })

  it('drops a value with a line break and notes it', () => {
    const read = readAttribution({ utmMedium: 'email\nBcc: x', utmTerm: 'django' }, SITE)
    expect(read.attribution).toEqual({ utmTerm: 'django' })
    expect(read.notes).toEqual(['utmMedium dropped (line break or unreadable characters)'])
  })

  it('keeps a source page only when it is a page of this site', () => {
    expect(readAttribution({ sourcePage: 'https://evil.example/x' }, SITE).attribution).toEqual({})
    expect(readAttribution({ sourcePage: '//evil.example' }, SITE).notes).toEqual([
      'sourcePage dropped (not a page of this site)',
    ])
    expect(
      readAttribution({ sourcePage: 'https://pau.example/tags/python?x=1' }, SITE).attribution,
    ).toEqual({ sourcePage: '/tags/python?x=1' })
  })

  it('takes the first of a repeated field, and notes the repeat', () => {
    const read = readAttribution({ utmSource: ['one', 'two'] }, SITE)
    expect(read.attribution.utmSource).toBe('one')
    expect(read.notes).toEqual(['utmSource sent 2 times, the first kept'])
  })

  it('reads the form identity on its own: a bad key or token never touches attribution', () => {
    const read = readAttribution(
      { idempotencyKey: 'not-a-uuid', formToken: 'x'.repeat(500), utmSource: 'mail' },
      SITE,
    )
    expect(read.identity).toEqual({})
    expect(read.attribution).toEqual({ utmSource: 'mail' })
    expect(read.notes).toEqual(['idempotencyKey ignored (malformed)'])
    expect(readAttribution({ website: '  ' }, SITE).identity).toEqual({})
    expect(readAttribution({ website: 'http://spam' }, SITE).identity.website).toBe('http://spam')
  })
})

describe('the confirmation email', () => {
  const owner = { name: 'Pau Serrat', email: 'pau@pau.example' }

  it('carries none of the free text the sender typed, and answers go to the owner', () => {
    const email = prospectConfirmation(
      {
        name: 'Ana',
        email: 'victim@example.com',
        ...{ message: 'BUY CHEAP PILLS', company: 'Spam Inc' },
      },
      owner,
      'Pau Serrat — backend consulting',
    )
    expect(email.to).toBe('victim@example.com')
    expect(email.replyTo).toBe('pau@pau.example')
    expect(email.subject).toBe('Your consultation request on Pau Serrat — backend consulting')
    for (const part of [email.subject, email.text, email.html]) {
      expect(part).not.toMatch(/PILLS|Spam Inc/)
    }
    expect(email.text).toMatch(/^Hello Ana,/)
    expect(email.text).toMatch(/reply within one business day, from pau@pau\.example/)
  })

  it('greets by name only when the name is short and reads as a name', () => {
    expect(greetingName('Ana García')).toBe('Ana García')
    expect(greetingName('A'.repeat(100))).toBe(`${'A'.repeat(39)}…`)
    expect(greetingName('Visit http://spam.example now')).toBeUndefined()
    expect(greetingName('cheap-pills.com')).toBeUndefined()
    expect(greetingName('me@example.com')).toBeUndefined()
    const email = prospectConfirmation({ name: '<b>Ana</b>', email: 'a@example.com' }, owner, 'S')
    expect(email.text.startsWith('Hello,')).toBe(true)
    const escaped = prospectConfirmation({ name: 'Ana & Co', email: 'a@example.com' }, owner, 'S')
    expect(escaped.html).toContain('Hello Ana &amp; Co,')
  })
})
