import { describe, expect, it } from 'vitest'

import { escapeHtml, ownerNotification, prospectConfirmation } from '@/leads/emails'
import { leadSchema } from '@/leads/schema'
import { formToken, hashIp, MIN_FILL_MS, spamReason } from '@/leads/spam'

const valid = {
  name: 'Ana',
  email: 'ana@example.com',
  projectType: 'consultation',
  message: 'I would like a second opinion on our API design.',
  preferredContact: 'email',
  consent: true,
}

describe('the lead schema (shared by the form and the server)', () => {
  it('accepts a complete request, from the browser (booleans) or a form post (strings)', () => {
    expect(leadSchema.safeParse(valid).success).toBe(true)
    expect(leadSchema.safeParse({ ...valid, consent: 'on', budget: '' }).success).toBe(true)
  })

  it('requires a Telegram handle only when Telegram is preferred', () => {
    expect(leadSchema.safeParse({ ...valid, preferredContact: 'telegram' }).success).toBe(false)
    expect(
      leadSchema.safeParse({ ...valid, preferredContact: 'telegram', telegram: '@ana_dev' })
        .success,
    ).toBe(true)
  })

  it('refuses line breaks in one-line fields (no header injection)', () => {
    const result = leadSchema.safeParse({ ...valid, name: 'Ana\nBcc: x@example.com' })
    expect(result.success).toBe(false)
  })
})

describe('lead emails', () => {
  const lead = {
    ...valid,
    name: 'Ana <b>',
    company: 'A&B',
    message: 'Hi <script>x</script>\n\nThanks',
  }

  it('escape every piece of user input in HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
    const email = ownerNotification(lead, 'owner@example.com', 'Site')
    expect(email.html).not.toMatch(/<script>|<b>/)
    expect(email.html).toContain('A&amp;B')
  })

  it('go to the owner with Reply-To the prospect, and to the prospect as a confirmation', () => {
    const owner = ownerNotification(lead, 'owner@example.com', 'Site')
    expect(owner).toMatchObject({ to: 'owner@example.com', replyTo: 'ana@example.com' })
    expect(owner.subject).toBe('New consultation request from Ana <b>')
    const confirmation = prospectConfirmation(
      lead,
      { name: 'Pau', email: 'pau@example.com' },
      'Site',
    )
    expect(confirmation.to).toBe('ana@example.com')
    expect(confirmation.replyTo).toBe('pau@example.com')
    expect(confirmation.text).toMatch(/one business day/)
  })
})

describe('spam checks', () => {
  const secret = 'x'.repeat(40)

  it('tell bots by the honeypot, the fill time and the signature of the form token', () => {
    const now = 1_000_000_000
    expect(
      spamReason({ formToken: formToken(now - MIN_FILL_MS - 1, secret) }, now, secret),
    ).toBeNull()
    expect(spamReason({ formToken: formToken(now - 500, secret) }, now, secret)).toMatch(/fast/)
    expect(spamReason({ formToken: `${now - 60_000}.abc` }, now, secret)).toMatch(/forged/)
    expect(spamReason({}, now, secret)).toMatch(/missing/)
    expect(spamReason({ website: 'x', formToken: formToken(0, secret) }, now, secret)).toMatch(
      /honeypot/,
    )
  })

  it('hash addresses with the secret, never keeping them', () => {
    const hash = hashIp('203.0.113.9', secret)
    expect(hash).toMatch(/^[0-9a-f]{32}$/)
    expect(hash).not.toContain('203')
    expect(hashIp('203.0.113.9', 'y'.repeat(40))).not.toBe(hash)
  })
})
