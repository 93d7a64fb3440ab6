import 'server-only'

import { cache } from 'react'

import type { Locale } from '@/lib/locales'
import { getPayloadClient } from '@/server/payload'
import { findBySlug } from './find-by-slug'

export const getTagBySlug = cache((locale: Locale, slug: string) =>
  findBySlug('tags', slug, locale),
)

/** The tags named in `locale` (a tag without a name in it has no page there). */
export const allTags = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'tags',
    sort: 'name',
    pagination: false,
    where: { slug: { exists: true } },
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return docs
})
