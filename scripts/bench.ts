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
 * Two other modes replace that list:
 * - `--replicas N` (N ≥ 2): the site as `npm run start:replicas` runs it, Varnish in front of N
 *   servers: the article through the proxy and on one replica next to bare `node:http`, and how
 *   soon a title saved on replica A shows through the proxy and on every replica
 *   (scripts/bench/replicas.ts)
 * - `--articles N`: N more published articles: `next build` time and peak memory (against the
 *   demo content's), the sitemap and the feed, the dashboard (scripts/bench/many-articles.ts)
 * - `--against <ref>` (a sha, a branch, HEAD~3): this checkout side by side with that commit, on
 *   nine pages (/, an article, a comparison, /contact, /book, /search, /es, /ru, /cases): req/s
 *   and p99 in rounds alternating between the two, HTML and client JS weight, and the browser's
 *   main-thread work and Total Blocking Time (a Chrome trace, phone-sized, CPU 4× slower, median
 *   of 3), each then → now with the ratio; written to .tmp/bench-against.json. The commit is
 *   extracted into .tmp/against-<sha>/ with its own `npm ci` (hard links to this node_modules
 *   when the lockfiles are identical) and kept there for the next run; each side runs its own
 *   `npm start` on a port and data directory of its own (scripts/bench/against.ts)
 *
 * Usage: `npm run bench` or `npm run bench -- --duration 5`, `npm run bench -- --replicas 2`,
 * `npm run bench -- --articles 1000`, `npm run bench -- --against 729d6a9 --duration 3`. Only
 * 127.0.0.1 is contacted (and the npm registry by `npm ci` for `--against`). The
 * figures are printed as tables and written to .tmp/bench.json, the site's output to
 * .tmp/bench-site.log; the site is stopped and its data directory deleted at the end, also on
 * errors and Ctrl-C.
 *
 * This file only puts the run together; each measure is a module of its own in scripts/bench/.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import { replicasScript } from './lib/launcher'

import { benchAgainst, writeAgainstJson } from './bench/against'
import { printAgainstReport } from './bench/against-report'
import { printArticlesReport } from './bench/articles-report'
import { type BenchSite, prepareSite, startSite } from './bench/boot'
import { measureBooking } from './bench/booking'
import { measureDashboard } from './bench/dashboard'
import { fetchPage, type Page } from './bench/http'
import { measureLeads } from './bench/leads'
import { measurePages } from './bench/load'
import { benchManyArticles, stopPreparation } from './bench/many-articles'
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
import { benchReplicas } from './bench/replicas'
import { printReplicasReport } from './bench/replicas-report'
import { median } from './bench/stats'
import { measureWeight } from './bench/weight'

const MAX_REPLICAS = 16
const MAX_ARTICLES = 100_000

/** A whole number from the command line within [min, max], or undefined when not given. */
function wholeNumber(value: string | undefined, name: string, min: number, max: number, unit = '') {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new Error(`--${name} must be a whole number${unit}, ${min} to ${max}.`)
  }
  return number
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      replicas: { type: 'string' },
      articles: { type: 'string' },
      against: { type: 'string' },
    },
  })
  const duration = wholeNumber(values.duration, 'duration', 1, MAX_DURATION_SECONDS, ' of seconds')!
  const replicas = wholeNumber(values.replicas, 'replicas', 2, MAX_REPLICAS)
  const articles = wholeNumber(values.articles, 'articles', 1, MAX_ARTICLES)
  const against = values.against?.trim()
  if (against === '') throw new Error('--against needs a commit: a sha, a branch or HEAD~3.')
  const modes = [replicas, articles, against].filter((mode) => mode !== undefined)
  if (modes.length > 1) {
    throw new Error('--replicas, --articles and --against are separate runs: give one of them.')
  }
  return { duration, replicas, articles, against }
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

/** Runs one mode on its own site, stopped at the end (also on errors and Ctrl-C), then reports. */
async function runMode<T extends object>(
  site: BenchSite,
  measure: () => Promise<T>,
  report: (figures: T) => void,
) {
  process.once('SIGINT', () => {
    void stopPreparation()
      .then(site.stop)
      .then(() => process.exit(130))
  })
  let figures: T
  try {
    figures = await measure()
  } finally {
    await stopPreparation()
    await site.stop()
  }
  writeJson(figures)
  report(figures)
}

async function main() {
  const { duration, replicas, articles, against } = readOptions()
  const { node, cpus } = machine()
  if (against !== undefined) {
    const figures = await benchAgainst(against, duration)
    writeAgainstJson(figures)
    return printAgainstReport(figures)
  }
  if (replicas !== undefined) {
    const site = await prepareSite(replicasScript(replicas))
    const measure = () => benchReplicas(site, replicas, duration, { node, cpus })
    return runMode(site, measure, printReplicasReport)
  }
  if (articles !== undefined) {
    const site = await prepareSite()
    const measure = () => benchManyArticles(site, articles, { node, cpus })
    return runMode(site, measure, printArticlesReport)
  }
  const site = await prepareSite()
  await runMode(site, () => bench(site, duration), printReport)
}

main().catch((error: Error) => {
  // fetch reports "fetch failed" and keeps the reason (a refused or reset connection) in `cause`.
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
  console.error(`[bench] ${error.message}${cause}`)
  process.exitCode = 1
})
