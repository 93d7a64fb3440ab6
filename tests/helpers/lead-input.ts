/**
 * A contact-form submission that passes every check, for the integration tests that call the
 * lead pipeline directly: a fresh address and idempotency key each time, and a form token signed
 * ten seconds ago (a person's pace). Tests change what they test through `overrides`.
 */
import crypto from 'node:crypto'

import { formToken } from '@/leads/spam'

import { TEST_PAYLOAD_SECRET } from './test-database'

export function validLeadInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Ana García',
    email: `ana-${crypto.randomUUID()}@example.com`,
    projectType: 'new-product',
    message: 'We need a Django backend for our marketplace, launching in spring.',
    preferredContact: 'email',
    consent: 'on',
    idempotencyKey: crypto.randomUUID(),
    formToken: formToken(Date.now() - 10_000, TEST_PAYLOAD_SECRET),
    ...overrides,
  }
}
