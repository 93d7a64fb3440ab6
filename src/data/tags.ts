import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from '@/server/payload'

export const getTagBySlug = cache(async (slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'tags',
    where: { slug: { equals: slug } },
    limit: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

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
