/**
 * Throughput and latency of pages under load (autocannon), each next to a bare `node:http` server
 * answering the same bytes; the ratio site ÷ bare requests/s is the figure we track.
 */
import autocannon from 'autocannon'

import { type BareRoute, startBareServer } from '../lib/bare-server'

import { fetchPage, type Page } from './http'
import { CONNECTIONS, log, WARMUP_SECONDS } from './settings'

export type Load = {
  requestsPerSecond: number
  latencyAverageMs: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  non2xx: number
  errors: number
}

export type PageLoad = { path: string; site: Load; bare: Load; ratio: number }

export async function measureLoad(
  url: string,
  seconds: number,
  headers?: Record<string, string>,
): Promise<Load> {
  const options = { url, connections: CONNECTIONS, ...(headers && { headers }) }
  await autocannon({ ...options, duration: WARMUP_SECONDS })
  const result = await autocannon({ ...options, duration: seconds })
  return {
    requestsPerSecond: result.requests.average,
    latencyAverageMs: result.latency.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

export async function measurePages(
  siteUrl: string,
  pages: Map<string, Page>,
  seconds: number,
): Promise<PageLoad[]> {
  const routes: BareRoute[] = [...pages].map(([pagePath, page]) => ({ path: pagePath, ...page }))
  const bare = await startBareServer(routes)
  try {
    await checkSameBytes(bare.url, routes)
    const results: PageLoad[] = []
    for (const pagePath of pages.keys()) {
      log(`Load on ${pagePath}: site, then bare server (${WARMUP_SECONDS} + ${seconds} s each)...`)
      const site = await measureLoad(siteUrl + pagePath, seconds)
      const bareLoad = await measureLoad(bare.url + pagePath, seconds)
      const ratio = site.requestsPerSecond / bareLoad.requestsPerSecond
      results.push({ path: pagePath, site, bare: bareLoad, ratio })
    }
    return results
  } finally {
    await bare.stop()
  }
}

/** The baseline is only fair if it answers exactly what the site answered. */
async function checkSameBytes(bareUrl: string, routes: BareRoute[]) {
  for (const route of routes) {
    const copy = await fetchPage(bareUrl + route.path)
    if (!copy.body.equals(route.body) || copy.contentType !== route.contentType) {
      throw new Error(`The bare server does not answer ${route.path} as the site did.`)
    }
  }
}
