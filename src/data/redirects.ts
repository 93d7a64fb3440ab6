import 'server-only'

import { getPayloadClient } from '@/server/payload'
import type { Locale } from '@/lib/locales'
import { documentPath } from '@/lib/paths'

/**
 * Where an old address in `locale` now lives (the document published in that language, at its
 * slug there, or a hand-made URL), if anywhere.
 */
export async function findRedirect(from: string, locale: Locale): Promise<string | null> {
  // PostgreSQL refuses NUL in text: no stored address holds one, so it is no query either.
  if (from.includes('\0')) return null
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  const to = docs[0]?.to
  if (!to) return null
  if (to.type === 'custom') return to.url || null
  const target = to.reference
  if (!target || typeof target.value !== 'object' || !target.value) return null
  // Population respects access: an unpublished target comes back as an id, and is no redirect.
  const doc = target.value as { slug?: string; _status?: string }
  if (!doc.slug || doc._status === 'draft') return null
  return documentPath(target.relationTo, doc.slug, locale)
}
