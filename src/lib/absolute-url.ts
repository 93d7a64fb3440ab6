import { getServerEnv } from './env'

/** A site path as a full URL on SITE_URL (feeds, sitemaps, structured data). */
export function absoluteUrl(path: string) {
  return `${getServerEnv().SITE_URL}${path}`
}
