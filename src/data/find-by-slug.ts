import 'server-only'

import type { DataFromCollectionSlug } from 'payload'

import type { Locale } from '@/lib/locales'
import { isSlug } from '@/lib/slugify'
import { getPayloadClient } from '@/server/payload'

import { getViewer } from './viewer'

type Slugged = 'articles' | 'comparisons' | 'case-studies' | 'tags'
/** The collections with drafts: a signed-in editor in draft mode reads the latest draft. */
const withDrafts: Record<Slugged, boolean> = {
  articles: true,
  comparisons: true,
  'case-studies': true,
  tags: false,
}

/**
 * The one document at `slug` in `locale` (published in that language), as this reader may see
 * it (access rules apply: never a draft for the public), or null. The one find-by-slug of the
 * public pages. An address that cannot be a slug (a NUL, which PostgreSQL refuses in text, or
 * any other character slugify never makes) names nothing, and is not sent to the database.
 */
export async function findBySlug<C extends Slugged>(
  collection: C,
  slug: string,
  locale: Locale,
  options: { depth?: number } = {},
): Promise<DataFromCollectionSlug<C> | null> {
  if (!isSlug(slug)) return null
  const payload = await getPayloadClient()
  const { draft, user } = withDrafts[collection] ? await getViewer() : { draft: false, user: null }
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: options.depth,
    draft,
    user,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return (docs[0] as DataFromCollectionSlug<C> | undefined) ?? null
}
