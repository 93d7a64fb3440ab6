import crypto from 'node:crypto'

import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import type { Payload } from 'payload'

import { getServerEnv } from '@/lib/env'

/** A person takes longer than this to fill the form; a bot does not. */
export const MIN_FILL_MS = 3_000
export const RATE_LIMIT_SECONDS = 10 * 60

const hmac = (secret: string, value: string) =>
  crypto.createHmac('sha256', secret).update(value).digest('hex')

/** A keyed hash of the visitor's address: enough to rate-limit, never the address itself. */
export function hashIp(ip: string, secret: string): string {
  return hmac(secret, `ip:${ip}`).slice(0, 32)
}

/** The form's start time, signed so it cannot be forged: `<ms>.<signature>`. */
export function formToken(now: number, secret: string): string {
  return `${now}.${hmac(secret, `form:${now}`).slice(0, 32)}`
}

/** A new form's idempotency key (one stored lead, however often it is sent) and start time. */
export function newFormIdentity(secret: string) {
  return { idempotencyKey: crypto.randomUUID(), formToken: formToken(Date.now(), secret) }
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
  if (!started || signature !== hmac(secret, `form:${startedAt}`).slice(0, 32)) {
    return 'missing or forged form token'
  }
  if (now - startedAt < MIN_FILL_MS) return 'sent too fast'
  return null
}

let limiter: RateLimiterPostgres | undefined

/** 5 submissions per 10 minutes per address, counted in PostgreSQL so all instances agree. */
function rateLimiter(payload: Payload) {
  limiter ??= new RateLimiterPostgres({
    storeClient: (payload.db as unknown as { pool: unknown }).pool,
    storeType: 'pool',
    tableName: 'rate_limits',
    tableCreated: true,
    keyPrefix: 'leads',
    points: getServerEnv().LEADS_RATE_LIMIT,
    duration: RATE_LIMIT_SECONDS,
    clearExpiredByTimeout: true,
  })
  return limiter
}

/** Counts one submission; false when this address has used up its allowance. */
export async function allowSubmission(payload: Payload, ipHash: string): Promise<boolean> {
  try {
    await rateLimiter(payload).consume(ipHash)
    return true
  } catch (error) {
    if (error instanceof RateLimiterRes) return false
    throw error
  }
}
