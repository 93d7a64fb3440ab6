/**
 * Telling a person from a bot, and how much anyone may send: the honeypot and the signed fill
 * time (MIN_FILL_MS) decide spam; three allowances counted in PostgreSQL (per address, per
 * recipient, for the whole site) limit what gets through. Addresses are kept only as keyed hashes.
 */
import crypto from 'node:crypto'

import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import type { Payload } from 'payload'

import { getServerEnv } from '@/lib/env'
import { formSignature } from '@/lib/form-token'

export { formToken } from '@/lib/form-token'

/** A person takes longer than this to fill the form; a bot does not. */
export const MIN_FILL_MS = 3_000
const RATE_LIMIT_SECONDS = 10 * 60

const hmac = (secret: string, value: string) =>
  crypto.createHmac('sha256', secret).update(value).digest('hex')

/** A keyed hash of the visitor's address: enough to rate-limit, never the address itself. */
export function hashIp(ip: string, secret: string): string {
  return hmac(secret, `ip:${ip}`).slice(0, 32)
}

/** Why a submission looks automated, or null for a person. */
export function spamReason(
  meta: { website?: string; formToken?: string },
  now: number,
  secret: string,
): string | null {
  if (meta.website) return 'honeypot filled'
  const [started, signature] = (meta.formToken ?? '').split('.')
  const startedAt = Number(started)
  if (!started || signature !== formSignature(startedAt, secret)) {
    return 'missing or forged form token'
  }
  if (now - startedAt < MIN_FILL_MS) return 'sent too fast'
  return null
}

/** A keyed hash of an email address, for the per-recipient limit. */
export function hashEmail(email: string, secret: string): string {
  return hmac(secret, `email:${email.toLowerCase()}`).slice(0, 32)
}

export type Limit = 'address' | 'recipient' | 'site'

/**
 * Three allowances, counted in PostgreSQL so that every instance agrees:
 * - address: per client address (LEADS_RATE_LIMIT in 10 minutes);
 * - recipient: per email address typed in the form (LEADS_RATE_LIMIT_PER_EMAIL an hour), so
 *   nobody can make the site write to one stranger over and over from many addresses;
 * - site: all submissions together (LEADS_RATE_LIMIT_GLOBAL an hour), a ceiling for a botnet.
 */
function limitSettings(limit: Limit) {
  const env = getServerEnv()
  switch (limit) {
    case 'address':
      return { points: env.LEADS_RATE_LIMIT, duration: RATE_LIMIT_SECONDS }
    case 'recipient':
      return { points: env.LEADS_RATE_LIMIT_PER_EMAIL, duration: 60 * 60 }
    case 'site':
      return { points: env.LEADS_RATE_LIMIT_GLOBAL, duration: 60 * 60 }
  }
}

const limiters = new Map<Limit, RateLimiterPostgres>()

function rateLimiter(payload: Payload, limit: Limit) {
  let limiter = limiters.get(limit)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: (payload.db as unknown as { pool: unknown }).pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: limit === 'address' ? 'leads' : `leads-${limit}`,
      ...limitSettings(limit),
      clearExpiredByTimeout: true,
    })
    limiters.set(limit, limiter)
  }
  return limiter
}

/** Counts one submission against `limit`; false when its allowance is used up. */
export async function allowSubmission(
  payload: Payload,
  limit: Limit,
  key: string,
): Promise<boolean> {
  try {
    await rateLimiter(payload, limit).consume(key)
    return true
  } catch (error) {
    if (error instanceof RateLimiterRes) return false
    throw error
  }
}
