import 'server-only'

import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { getPayloadClient } from '@/server/payload'

/**
 * Who is reading: anonymous, unless Next draft mode is on, in which case the signed-in Payload
 * user (draft mode alone, e.g. a leaked cookie, shows nothing extra: access rules still apply).
 */
export const getViewer = cache(async () => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { draft: false as const, user: null }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return { draft: Boolean(user), user }
})
