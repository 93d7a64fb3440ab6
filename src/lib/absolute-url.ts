import { getServerEnv } from './env'

/**
 * A site path as a full URL on SITE_URL (feeds, sitemaps, structured data). The home page is
 * the bare origin, as Next writes it in canonical and hreflang links, so both say the same.
 */
export function absoluteUrl(path: string) {
  return path === '/' ? getServerEnv().SITE_URL : `${getServerEnv().SITE_URL}${path}`
}
