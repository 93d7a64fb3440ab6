/**
 * The sitemap and the feed on a big site: both are static (pre-rendered by the build, rendered
 * again when content changes), so a reader gets the cached copy; the rendering is what a publish
 * pays. Timed: the first request after the start (served from the build's output), then the
 * cached one (median of CACHED_RUNS), then rendering itself — the first request after
 * /api/revalidate has marked every page stale, which Next renders while the reader waits
 * (x-nextjs-cache: MISS), median of RENDER_RUNS.
 */
import { revalidateSiteAt } from '../../src/lib/site-revalidation'

import { log } from './settings'
import { median } from './stats'

const FEED_PATHS = ['/sitemap.xml', '/feed.xml']
const CACHED_RUNS = 5
const RENDER_RUNS = 3

export type FeedFigures = {
  path: string
  bytes: number
  firstMs: number
  cachedMs: number
  renderedMs: number
  /** x-nextjs-cache of the rendering requests: MISS when they were rendered while waited for. */
  renderedCache: string[]
}

async function timedGet(url: string) {
  const startedAt = performance.now()
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  const body = Buffer.from(await response.arrayBuffer())
  const ms = performance.now() - startedAt
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`)
  return { ms, bytes: body.length, cache: response.headers.get('x-nextjs-cache') ?? '-' }
}

async function markAllStale(siteUrl: string, secret: string) {
  const outcome = await revalidateSiteAt(siteUrl, secret)
  if (!outcome.ok) throw new Error(`Could not mark the pages stale: ${outcome.reason}.`)
}

export async function measureFeeds(siteUrl: string, secret: string): Promise<FeedFigures[]> {
  log(`Sitemap and feed: first, cached and rendered requests...`)
  const figures = new Map<string, FeedFigures>()
  for (const path of FEED_PATHS) {
    const first = await timedGet(siteUrl + path)
    const cached = []
    for (let run = 0; run < CACHED_RUNS; run++) cached.push((await timedGet(siteUrl + path)).ms)
    figures.set(path, {
      path,
      bytes: first.bytes,
      firstMs: Math.round(first.ms),
      cachedMs: Math.round(median(cached)!),
      renderedMs: 0,
      renderedCache: [],
    })
  }
  const rendered = new Map<string, number[]>(FEED_PATHS.map((path) => [path, []]))
  for (let run = 0; run < RENDER_RUNS; run++) {
    await markAllStale(siteUrl, secret)
    // One at a time, so neither waits for the other's rendering.
    for (const path of FEED_PATHS) {
      const result = await timedGet(siteUrl + path)
      rendered.get(path)!.push(result.ms)
      figures.get(path)!.renderedCache.push(result.cache)
    }
  }
  for (const [path, times] of rendered) figures.get(path)!.renderedMs = Math.round(median(times)!)
  return [...figures.values()]
}
