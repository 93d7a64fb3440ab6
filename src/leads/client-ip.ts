/**
 * The visitor's address as the nearest proxy saw it: the last X-Forwarded-For entry (a proxy
 * appends the peer it sees; anything before that came from the client and can be forged), or
 * X-Real-IP. `next start` itself fills X-Forwarded-For with the socket address when absent.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return forwarded?.at(-1) || headers.get('x-real-ip')?.trim() || 'unknown'
}
