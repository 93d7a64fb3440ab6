/**
 * `npm run bench`: how the production build performs, in one run.
 *
 * - how long `npm start` takes on a fresh data directory (embedded PostgreSQL, demo content;
 *   includes `next build` when the build is stale)
 * - throughput and latency of three pages under load (autocannon, 10 connections, 1 s warm-up,
 *   then `--duration` seconds), next to a bare `node:http` server answering the same bytes; the
 *   ratio site ÷ bare requests/s is the figure we track
 * - the article page's and the home page's weight: HTML and the client JavaScript each loads, raw and gzipped
 * - how soon a publish through the REST API shows on /articles and on the home page
 * - the contact form: latency of a submission (the no-JavaScript form post to the server action)
 *   at 20 concurrent, and how long after each the owner's email reaches an SMTP server here;
 *   what one prospect waits (50 posts one after the other, p50/p95); and the article's p99 while
 *   20 submissions at a time run, next to its p99 alone
 * - booking the call: what one visitor waits (20 bookings one after the other, p50/p95)
 * - the owner's dashboard with 1,000,000 rows of page views and 100,000 leads: its figures'
 *   statement and the /admin page (last: it fills the site's database)
 *
 * Usage: `npm run bench` or `npm run bench -- --duration 5`. Only 127.0.0.1 is contacted. The
 * figures are printed as tables and written to .tmp/bench.json, the site's output to
 * .tmp/bench-site.log; the site is stopped and its data directory deleted at the end, also on
 * errors and Ctrl-C.
 *
 * This file only puts the run together; each measure is a module of its own in scripts/bench/.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import { type BenchSite, prepareSite, startSite } from './bench/boot'
import { measureBooking } from './bench/booking'
import { measureDashboard } from './bench/dashboard'
import { fetchPage, type Page } from './bench/http'
import { measureLeads } from './bench/leads'
import { measurePages } from './bench/load'
import { measurePublishing } from './bench/publish'
import { type Figures, printReport, writeJson } from './bench/report'
import {
  ARTICLE_PAGE,
  HOME_PAGE,
  CONNECTIONS,
  LOAD_PAGES,
  MAX_DURATION_SECONDS,
  PUBLISH_PAGES,
} from './bench/settings'
import { median } from './bench/stats'
import { measureWeight } from './bench/weight'

function readDuration(): number {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' } } })
  const seconds = Number(values.duration)
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_DURATION_SECONDS) {
    throw new Error(`--duration must be a whole number of seconds, 1 to ${MAX_DURATION_SECONDS}.`)
  }
  return seconds
}

/** Other work on the machine skews the figures; the load average says how much there was. */
function machine() {
  return {
    node: process.version,
    cpus: os.availableParallelism(),
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  }
}

async function bench({ launcher, sink }: BenchSite, duration: number): Promise<Figures> {
  const context = {
    date: new Date().toISOString(),
    machine: machine(),
    duration,
    connections: CONNECTIONS,
  }
  const start = await startSite(launcher)

  const pages = new Map<string, Page>()
  for (const pagePath of LOAD_PAGES) pages.set(pagePath, await fetchPage(launcher.url + pagePath))
  const weights = [
    await measureWeight(launcher.url, ARTICLE_PAGE, pages.get(ARTICLE_PAGE)!),
    await measureWeight(launcher.url, HOME_PAGE, pages.get(HOME_PAGE)!),
  ]
  const load = await measurePages(launcher.url, pages, duration)
  const runs = await measurePublishing(launcher.url)
  const medians = PUBLISH_PAGES.map((p) => [p, median(runs.map((run) => run.pages[p]))])
  const leads = await measureLeads(launcher.url, sink)
  const booking = await measureBooking(launcher.url)
  const dashboard = await measureDashboard(launcher, sink.url)
  return {
    ...context,
    start,
    load,
    weights,
    publish: { runs, median: Object.fromEntries(medians) },
    leads,
    booking,
    dashboard,
  }
}

async function main() {
  const duration = readDuration()
  const site = await prepareSite()
  process.once('SIGINT', () => void site.stop().then(() => process.exit(130)))
  let figures: Figures
  try {
    figures = await bench(site, duration)
  } finally {
    await site.stop()
  }
  writeJson(figures)
  printReport(figures)
}

main().catch((error: Error) => {
  // fetch reports "fetch failed" and keeps the reason (a refused or reset connection) in `cause`.
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
  console.error(`[bench] ${error.message}${cause}`)
  process.exitCode = 1
})
