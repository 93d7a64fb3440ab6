import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'

export const getSiteSettings = cache(async () => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
})
