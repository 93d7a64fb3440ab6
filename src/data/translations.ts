/**
 * A document's other languages: where it is published (articles, comparisons) or named (tags),
 * and at which slug. For hreflang, the language switcher and the sitemap, and to send a slug of
 * another language to this language's own.
 */
import 'server-only'
import { cache } from 'react'

import { LOCALES, type Locale } from '@/lib/locales'
import type { Translations } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'
import { isSlug } from '@/lib/slugify'
import { getPayloadClient } from '@/server/payload'

type Translatable = 'articles' | 'comparisons' | 'case-studies' | 'tags'

async function slugIn(collection: Translatable, id: number, locale: Locale) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    select: { slug: true },
    locale,
    fallbackLocale: false,
    overrideAccess: false,
  })
  return (docs[0]?.slug as string | null | undefined) ?? null
}

/** The slug of the document in every language it is public in. */
const slugsByLocale = cache(
  async (collection: Translatable, id: number): Promise<Partial<Record<Locale, string>>> => {
    const slugs = await Promise.all(LOCALES.map((locale) => slugIn(collection, id, locale)))
    return Object.fromEntries(
      LOCALES.flatMap((locale, i) => (slugs[i] ? [[locale, slugs[i]] as const] : [])),
    )
  },
)

/** The address of the document's page in every language it is public in (hreflang, switcher). */
export async function translationPaths(
  collection: Translatable,
  id: number,
): Promise<Translations> {
  const page = {
    articles: 'article',
    comparisons: 'comparison',
    'case-studies': 'caseStudy',
    tags: 'tag',
  } as const
  const slugs = await slugsByLocale(collection, id)
  return Object.fromEntries(
    Object.entries(slugs).map(([code, slug]) => [
      code,
      pathsFor(code as Locale)[page[collection]](slug),
    ]),
  )
}

/**
 * The slug in `locale` of the document whose slug in another language is `slug` (a link that
 * kept the English slug under /es), if it is public in `locale`.
 */
export const slugFromOtherLanguage = cache(
  async (collection: Translatable, slug: string, locale: Locale): Promise<string | null> => {
    if (!isSlug(slug)) return null
    const payload = await getPayloadClient()
    for (const other of LOCALES) {
      if (other === locale) continue
      const { docs } = await payload.find({
        collection,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        select: { slug: true },
        locale: other,
        fallbackLocale: false,
        overrideAccess: false,
      })
      const id = docs[0]?.id
      if (typeof id === 'number') return slugIn(collection, id, locale)
    }
    return null
  },
)
