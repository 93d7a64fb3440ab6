import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from '@/server/payload'
import { findBySlug } from './find-by-slug'

export const getTagBySlug = cache((slug: string) => findBySlug('tags', slug))

export const allTags = cache(async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'tags',
    sort: 'name',
    pagination: false,
    overrideAccess: false,
  })
  return docs
})
