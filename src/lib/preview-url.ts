import { getServerEnv } from './env'
import type { PublicCollection } from './paths'

/** The admin's "Preview" link: turns on draft mode for a signed-in editor, then shows the page. */
export function previewUrl(collection: PublicCollection, slug: string | undefined) {
  if (!slug) return null
  const params = new URLSearchParams({ collection, slug })
  return `${getServerEnv().SITE_URL}/api/preview?${params}`
}
