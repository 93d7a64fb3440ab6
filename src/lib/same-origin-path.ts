/**
 * The one rule for a user-supplied place to go (`?to=`, `?from=`): it becomes a path on this site,
 * or the fallback. The target is resolved the way a browser would (`new URL(target, SITE_URL)`:
 * backslashes, tabs and newlines, percent-encoding, protocol-relative and absolute forms) and
 * kept only when its origin is the site's own. Every route that redirects uses this.
 */
export function sameOriginPath(
  target: string | null | undefined,
  siteUrl: string,
  fallback = '/',
): string {
  if (!target) return fallback
  let base: URL
  let url: URL
  try {
    base = new URL(siteUrl)
    url = new URL(target, base)
  } catch {
    return fallback
  }
  if (url.origin !== base.origin) return fallback
  // "https://site//evil.example" is same-origin, but its path alone would be protocol-relative.
  return `${url.pathname.replace(/^\/+/, '/')}${url.search}${url.hash}`
}
