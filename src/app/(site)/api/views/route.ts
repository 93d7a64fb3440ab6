import { BEACON_BODY_LIMIT, ignoredBecause, viewOf } from '@/analytics/beacon'
import { viewAllowance } from '@/analytics/limit'
import { countView } from '@/analytics/store'
import { getPayloadClient } from '@/server/payload'

export const dynamic = 'force-dynamic'

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

/**
 * POST /api/views: one view of a public page, sent by the page itself after it has loaded
 * (src/components/ViewBeacon.client.tsx) as `{ p: path, r: referrer host, u: utm_source }`.
 * Answers 204 whether or not the view was counted (bots, prefetches, editors, Do Not Track and
 * unknown pages are not: src/analytics/beacon.ts and store.ts); 400 for anything that is not such
 * a body (not JSON, too large, another content type, not UTF-8); 429 beyond a client address's
 * allowance (src/analytics/limit.ts); 503 while the database is away. Never a 500.
 */
export async function POST(request: Request) {
  const type = request.headers.get('content-type') ?? ''
  if (!/^(?:text\/plain|application\/json)\s*(?:;|$)/i.test(type)) return answer(400)
  const body = await readBody(request, BEACON_BODY_LIMIT)
  const view = body === null ? null : viewOf(parseJson(body))
  if (!view) return answer(400)
  if (ignoredBecause(request.headers)) return answer(204)
  const wait = await viewAllowance(request.headers.get('x-forwarded-for') ?? '')
  if (wait > 0) return answer(429, { 'Retry-After': String(wait) })
  try {
    await countView(await getPayloadClient(), view)
  } catch (error) {
    console.warn(`A page view was not stored: ${(error as Error).message}`)
    return answer(503, { 'Retry-After': '5' })
  }
  return answer(204)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** The body as text, or null when it is larger than `limit` bytes or not UTF-8. */
async function readBody(request: Request, limit: number): Promise<string | null> {
  const declared = request.headers.get('content-length')
  if (declared !== null && !(Number(declared) <= limit)) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        await reader.cancel().catch(() => undefined)
        return null
      }
      chunks.push(value)
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    return null
  }
}
