/**
 * The origins whose browser requests may use the admin session cookie (Payload's CSRF list): the
 * site's own. On a loopback address, `localhost` and `127.0.0.1` are the same machine, so a
 * developer who opens either one can still sign in.
 */
export function trustedOrigins(siteUrl: string): string[] {
  const url = new URL(siteUrl)
  const origins = [url.origin]
  const alias = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[url.hostname]
  if (alias) {
    url.hostname = alias
    origins.push(url.origin)
  }
  return origins
}
