import type { CollectionAfterChangeHook } from 'payload'

import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'
import { documentPath, type PublicCollection } from '@/lib/paths'

/**
 * When a slug changes, the old address keeps working: a redirect from it to the document itself
 * (not to a path), so renaming again never makes a chain (a → b → c leaves a and b both pointing
 * at the document, wherever it lives now). A redirect from the new address is removed, so that
 * renaming back cannot loop. Slugs are per language: the redirect is from the old address in the
 * language that was edited.
 */
export function redirectOldSlug(collection: PublicCollection) {
  const hook: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || !previousDoc?.slug || previousDoc.slug === doc.slug) return doc
    const locale = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE
    const pathOf = (slug: string) => documentPath(collection, slug, locale)
    const from = pathOf(previousDoc.slug)
    const to = { type: 'reference' as const, reference: { relationTo: collection, value: doc.id } }
    const existing = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      limit: 1,
      depth: 0,
      req,
    })
    if (existing.docs[0]) {
      await req.payload.update({
        collection: 'redirects',
        id: existing.docs[0].id,
        data: { to },
        req,
      })
    } else {
      await req.payload.create({ collection: 'redirects', data: { from, to }, req })
    }
    await req.payload.delete({
      collection: 'redirects',
      where: { from: { equals: pathOf(doc.slug) } },
      req,
    })
    return doc
  }
  return hook
}
