/**
 * The visitor's address, as far as this server can know it: the one thing a rate limit keys on,
 * so it must never be something the client chose.
 *
 * - `trustedProxies = 0` (the site faces the internet itself: `npm start`, the Docker image):
 *   the TCP peer of the connection, whatever X-Forwarded-For says.
 * - `trustedProxies = N`: each of the N proxies in front appends the address it saw, so the N-th
 *   entry from the right of X-Forwarded-For is the one the outermost trusted proxy saw. Entries
 *   to the left of it came from the client and are ignored. A header with fewer entries than
 *   proxies means a request that did not come through all of them: its leftmost entry is used,
 *   or the peer when there is none.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const socketAddress = normalize(peer) || 'unknown'
  if (trustedProxies <= 0) return socketAddress
  const chain = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .map(normalize)
    .filter(Boolean)
  if (chain.length === 0) return socketAddress
  return chain[Math.max(0, chain.length - trustedProxies)]
}

/** `::ffff:203.0.113.9` is 203.0.113.9; surrounding spaces and an IPv4 port are dropped. */
function normalize(address: string | undefined): string {
  const value = (address ?? '').trim()
  if (value.startsWith('::ffff:') && value.includes('.')) return value.slice(7)
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value)
  return ipv4WithPort ? ipv4WithPort[1] : value
}
