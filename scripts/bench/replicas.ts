/**
 * `npm run bench -- --replicas N`: the site as `npm run start:replicas -- --replicas N` runs it
 * (N Next servers sharing a Redis page cache, Varnish in front). The article page under load
 * through the proxy and directly on replica A, next to a bare `node:http` server answering the
 * same bytes; and how soon a title saved through replica A shows through the proxy and on each
 * replica.
 */
import { startBareServer } from '../lib/bare-server'

import { type BenchSite, startSite } from './boot'
import { fetchGzipped, fetchPage } from './http'
import { type LoadAverage, sampleLoadAverage } from './load-average'
import { type Load, measureLoad } from './load'
import { measureReplicaPublishing, type ReplicaPublishRun, type Targets } from './replica-publish'
import { ARTICLE_PAGE, CONNECTIONS, log, WARMUP_SECONDS } from './settings'
import { median } from './stats'

/** What the normal run measures and this one does not: one server's work, or too slow to repeat. */
const REPLICAS_SKIPPED = [
  'other pages and weights',
  'publish on list pages',
  'contact form',
  'booking',
  'dashboard',
]

type ReplicaLoad = {
  server: string
  load: Load
  /** Requests/s ÷ the bare server's answering the same bytes. */
  ratio: number
  cache: string | null
  /** Asked with Accept-Encoding: gzip, as browsers do. */
  gzip: boolean
}

export type ReplicaFigures = {
  mode: 'replicas'
  date: string
  machine: { node: string; cpus: number; loadAverage: LoadAverage }
  replicas: number
  duration: number
  connections: number
  skipped: string[]
  start: { ms: number; built: boolean }
  /** The article through the proxy, on replica A, and the bare server; ratio = ÷ bare req/s. */
  load: ReplicaLoad[]
  publish: { runs: ReplicaPublishRun[]; median: Record<string, number | null> }
}

/** A server to load, and how: autocannon sends no Accept-Encoding unless told. */
type Target = { server: string; url: string; headers?: Record<string, string> }

const GZIP = { 'accept-encoding': 'gzip' }

/**
 * The article through the proxy twice: as autocannon asks (no Accept-Encoding: Varnish's plain
 * copy) and as browsers ask (gzip: its gzipped copy; deploy/varnish/site.vcl keeps both); on
 * replica A; and bare node:http answering each of the proxy's two bodies. Each ratio is to the
 * bare server answering the same bytes.
 */
async function measureArticle(proxyUrl: string, replicaUrl: string, duration: number) {
  // Twice through the proxy: the first may be the one that fills Varnish.
  await fetchPage(proxyUrl + ARTICLE_PAGE)
  const page = await fetchPage(proxyUrl + ARTICLE_PAGE)
  const gzipped = await fetchGzipped(proxyUrl + ARTICLE_PAGE)
  const direct = await fetchPage(replicaUrl + ARTICLE_PAGE)
  if (!direct.body.equals(page.body)) log('Note: replica A answers other bytes than the proxy.')
  const gzipPath = `${ARTICLE_PAGE}?gzip`
  const bare = await startBareServer([
    { path: ARTICLE_PAGE, ...page },
    ...(gzipped ? [{ path: gzipPath, contentType: page.contentType, body: gzipped }] : []),
  ])
  try {
    const targets: (Target & { bare: string })[] = [
      { server: 'proxy (Varnish)', url: proxyUrl + ARTICLE_PAGE, bare: ARTICLE_PAGE },
      { server: 'replica A (Next)', url: replicaUrl + ARTICLE_PAGE, bare: ARTICLE_PAGE },
      { server: 'bare node:http', url: bare.url + ARTICLE_PAGE, bare: ARTICLE_PAGE },
    ]
    if (gzipped) {
      targets.push(
        { server: 'proxy, gzip', url: proxyUrl + ARTICLE_PAGE, headers: GZIP, bare: gzipPath },
        { server: 'bare, gzip bytes', url: bare.url + gzipPath, headers: GZIP, bare: gzipPath },
      )
    }
    const loads: (Omit<ReplicaLoad, 'ratio'> & { bare: string })[] = []
    for (const { server, url, headers, bare: barePath } of targets) {
      log(`Load on ${ARTICLE_PAGE}, ${server} (${WARMUP_SECONDS} + ${duration} s)...`)
      const load = await measureLoad(url, duration, headers)
      const cache = (await fetch(url, { headers })).headers.get('x-cache')
      loads.push({ server, load, cache, bare: barePath, gzip: Boolean(headers) })
    }
    const bareRps = (barePath: string) =>
      loads.find((entry) => entry.server.startsWith('bare') && entry.bare === barePath)!.load
        .requestsPerSecond
    return loads.map(({ bare: barePath, ...entry }) => ({
      ...entry,
      ratio: entry.load.requestsPerSecond / bareRps(barePath),
    }))
  } finally {
    await bare.stop()
  }
}

export async function benchReplicas(
  { launcher }: BenchSite,
  replicas: number,
  duration: number,
  machine: { node: string; cpus: number },
): Promise<ReplicaFigures> {
  const load = sampleLoadAverage()
  const date = new Date().toISOString()
  const start = await startSite(launcher)
  const urls = launcher.replicaUrls()
  const pages = await measureArticle(launcher.url, urls[0], duration)
  const targets: Targets = { proxy: launcher.url }
  urls.forEach((url, index) => (targets[`replica ${String.fromCharCode(65 + index)}`] = url))
  const runs = await measureReplicaPublishing(targets, urls[0])
  const medians = Object.keys(targets).map((label) => [
    label,
    median(runs.map((run) => run.seen[label])),
  ])
  return {
    mode: 'replicas',
    date,
    machine: { ...machine, loadAverage: load.stop() },
    replicas,
    duration,
    connections: CONNECTIONS,
    skipped: REPLICAS_SKIPPED,
    start,
    load: pages,
    publish: { runs, median: Object.fromEntries(medians) },
  }
}
