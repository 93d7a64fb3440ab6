import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { getServerEnv, reachableHost } from './env'
import { revalidateToken } from './revalidate-token'

/**
 * Publishing is instant everywhere: any content change marks every public page stale (home,
 * lists, tag and comparison pages, articles that embed a comparison, sitemap, feed). Pages are
 * re-rendered on their next request. Invalidating the whole site is always right, and cheap for
 * a site of this size; working out exactly which lists a change touches is where stale pages
 * come from.
 *
 * Writes outside a request (seed, scripts, tests) pass `context: { disableRevalidate: true }`.
 */
async function revalidateAll(context: Record<string, unknown>) {
  if (context.disableRevalidate) return
  try {
    const { revalidatePath } = await import('next/cache')
    revalidatePath('/', 'layout')
  } catch {
    // Outside a request (scheduled publishing on the jobs queue, `npm run jobs`): ask the site.
    await requestSiteRevalidation()
  }
}

/** POST /api/revalidate on this host's site; a site that is not running has nothing cached. */
export async function requestSiteRevalidation(): Promise<boolean> {
  const env = getServerEnv()
  try {
    const response = await fetch(`http://${reachableHost(env.HOST)}:${env.PORT}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${revalidateToken(env.PAYLOAD_SECRET)}` },
      signal: AbortSignal.timeout(5_000),
    })
    return response.ok
  } catch {
    // Not running, or not reachable: nothing to refresh.
    return false
  }
}

/** Asks once the server listens (a few tries, one a second, for at most a minute). */
export async function revalidateWhenListening() {
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    if (await requestSiteRevalidation()) return
  }
}

export const revalidateSite: CollectionAfterChangeHook = async ({ doc, previousDoc, context }) => {
  // Saving (or autosaving) a draft of something that is not live changes no public page.
  if (doc?._status === 'draft' && previousDoc?._status !== 'published') return doc
  await revalidateAll(context)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = async ({ doc, context }) => {
  await revalidateAll(context)
  return doc
}

export const revalidateSiteGlobal: GlobalAfterChangeHook = async ({ doc, context }) => {
  await revalidateAll(context)
  return doc
}
