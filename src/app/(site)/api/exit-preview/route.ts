import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { getServerEnv } from '@/lib/env'
import { sameOriginPath } from '@/lib/same-origin-path'

/** Leaves draft mode and goes back to the page (or home): never to another site. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const to = new URL(request.url).searchParams.get('to')
  redirect(sameOriginPath(to, getServerEnv().SITE_URL))
}
