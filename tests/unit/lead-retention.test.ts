/**
 * How long a request is kept: the cutoff of the daily purge (src/leads/retention.ts), and the
 * promise the forms and /privacy make in each language, which must name the same number.
 */
import { describe, expect, it } from 'vitest'

import { en } from '@/i18n/messages/en'
import { es } from '@/i18n/messages/es'
import { ru } from '@/i18n/messages/ru'
import { LEAD_RETENTION_MONTHS, retentionCutoff } from '@/leads/retention'

describe('the retention cutoff', () => {
  it('is the same time of the same day, LEAD_RETENTION_MONTHS earlier', () => {
    expect(LEAD_RETENTION_MONTHS).toBe(12)
    expect(retentionCutoff(new Date('2026-11-26T03:30:00Z')).toISOString()).toBe(
      '2025-11-26T03:30:00.000Z',
    )
    expect(retentionCutoff(new Date('2027-01-15T10:00:00Z'), 13).toISOString()).toBe(
      '2025-12-15T10:00:00.000Z',
    )
  })

  it('falls on the last day of a shorter month', () => {
    expect(retentionCutoff(new Date('2028-02-29T12:00:00Z')).toISOString()).toBe(
      '2027-02-28T12:00:00.000Z',
    )
    expect(retentionCutoff(new Date('2027-03-31T12:00:00Z'), 1).toISOString()).toBe(
      '2027-02-28T12:00:00.000Z',
    )
  })
})

describe('the promise', () => {
  it.each([
    ['en', en],
    ['es', es],
    ['ru', ru],
  ])('in %s names LEAD_RETENTION_MONTHS in both consents and on /privacy', (_, messages) => {
    const months = new RegExp(`\\b${LEAD_RETENTION_MONTHS}\\b`)
    expect(messages.form.consent).toMatch(months)
    expect(messages.booking.consent).toMatch(months)
    expect(messages.privacy.formKept).toMatch(months)
  })
})
