/**
 * The links in a booking's emails that let the prospect cancel or move the call without an
 * account: `<booking id>.<expiry>.<signature>`, signed with the site's secret. A link expires when
 * the call it was sent for starts; a changed character anywhere makes the signature fail.
 */
import crypto from 'node:crypto'

const sign = (secret: string, id: number, expires: number) =>
  crypto.createHmac('sha256', secret).update(`booking:${id}:${expires}`).digest('base64url')

export function bookingToken(id: number, expires: Date, secret: string): string {
  const seconds = Math.floor(expires.getTime() / 1000)
  return `${id}.${seconds}.${sign(secret, id, seconds)}`
}

export type TokenCheck =
  { ok: true; bookingId: number } | { ok: false; reason: 'invalid' | 'expired'; bookingId?: number }

/** Whether a link's token is one this site signed, and still valid at `now`. */
export function checkBookingToken(token: string, secret: string, now: Date): TokenCheck {
  const match = /^(\d{1,12})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'invalid' }
  const id = Number(match[1])
  const expires = Number(match[2])
  const expected = Buffer.from(sign(secret, id, expires))
  const given = Buffer.from(match[3])
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'invalid' }
  }
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: 'expired', bookingId: id }
  return { ok: true, bookingId: id }
}
