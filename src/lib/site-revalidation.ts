/**
 * Asks the running site to mark every page stale, over HTTP (POST /api/revalidate with a token
 * made from PAYLOAD_SECRET). For code that writes content outside a Next request: the jobs queue
 * (scheduled publishing), `npm run jobs`, and the server itself once it listens after a start
 * that re-renders pages (REVALIDATE_ON_START).
 */
import { getServerEnv, reachableHost } from './env'
import { revalidateToken } from './revalidate-token'

export type SiteRevalidation = { ok: true } | { ok: false; reason: string }

/** POST /api/revalidate on the site at `siteUrl`, with the token made from `secret`. */
export async function revalidateSiteAt(siteUrl: string, secret: string): Promise<SiteRevalidation> {
  const url = `${siteUrl}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${revalidateToken(secret)}` },
      signal: AbortSignal.timeout(5_000),
    })
    return response.ok ? { ok: true } : { ok: false, reason: `${url} answered ${response.status}` }
  } catch (error) {
    return { ok: false, reason: `${url}: ${(error as Error).message}` }
  }
}

/** The same on this host's site. A site that is not running has nothing cached. */
export function requestSiteRevalidation(): Promise<SiteRevalidation> {
  const env = getServerEnv()
  return revalidateSiteAt(`http://${reachableHost(env.HOST)}:${env.PORT}`, env.PAYLOAD_SECRET)
}

/** Asks once the server listens: one try a second, for at most a minute. */
export async function revalidateWhenListening() {
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    if ((await requestSiteRevalidation()).ok) return
  }
  console.warn('[revalidate] The site did not answer within a minute; pages were not re-rendered.')
}
