import crypto from 'node:crypto'

/** The bearer token of POST /api/revalidate: derived from PAYLOAD_SECRET, never stored. */
export function revalidateToken(secret: string): string {
  return crypto.createHmac('sha256', secret).update('revalidate-site').digest('hex')
}

export function isRevalidateToken(candidate: string | null | undefined, secret: string): boolean {
  if (!candidate) return false
  const expected = Buffer.from(revalidateToken(secret))
  const given = Buffer.from(candidate)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
