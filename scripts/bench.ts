/**
 * `npm run bench`: how the production build performs, in one run.
 *
 * - how long `npm start` takes on a fresh data directory (embedded PostgreSQL, demo content;
 *   includes `next build` when the build is stale)
 * - throughput and latency of three pages under load (autocannon, 10 connections, 1 s warm-up,
 *   then `--duration` seconds), next to a bare `node:http` server answering the same bytes; the
 *   ratio site ÷ bare requests/s is the figure we track
 * - the article page's weight: HTML and the client JavaScript it loads, raw and gzipped
 * - how soon a publish through the REST API shows on /articles and on the home page
 * - the contact form: latency of a submission (the no-JavaScript form post to the server action)
 *   at 20 concurrent, and how long after each the owner's email reaches an SMTP server here;
 *   what one prospect waits (50 posts one after the other, p50/p95); and the article's p99 while
 *   20 submissions at a time run, next to its p99 alone
 *
 * Usage: `npm run bench` or `npm run bench -- --duration 5`. Only 127.0.0.1 is contacted. The
 * figures are printed as tables and written to .tmp/bench.json, the site's output to
 * .tmp/bench-site.log; the site is stopped and its data directory deleted at the end, also on
 * errors and Ctrl-C.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

import autocannon from 'autocannon'

import { doc, p } from '../src/seed/lexical'

import { type BareRoute, startBareServer } from './lib/bare-server'
import { freshForm, type HiddenFields, postForm } from './lib/contact-post'
import { tagsIn } from './lib/html'
import { Launcher } from './lib/launcher'
import { isAlive, sleep } from './lib/processes'
import { SmtpSink } from './lib/smtp-sink'

const ARTICLE_PAGE = '/articles/django-vs-fastapi'
const LOAD_PAGES = [ARTICLE_PAGE, '/articles', '/']
const PUBLISH_PAGES = ['/articles', '/']
const CONNECTIONS = 10
const WARMUP_SECONDS = 1
const MAX_DURATION_SECONDS = 120
const START_TIMEOUT_MS = 8 * 60_000
const PUBLISH_RUNS = 3
const POLL_INTERVAL_MS = 50
const POLL_TIMEOUT_MS = 30_000
const RESULT_FILE = path.join('.tmp', 'bench.json')
const SITE_LOG_FILE = path.join('.tmp', 'bench-site.log')

type Load = {
  requestsPerSecond: number
  latencyAverageMs: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  non2xx: number
  errors: number
}

type PageLoad = { path: string; site: Load; bare: Load; ratio: number }

type Size = { rawBytes: number; gzipBytes: number }

type Scripts = Size & { count: number; files: string[] }

type PageWeight = { path: string; html: Size; scripts: Scripts; noModuleScripts: Scripts }

/** ms from the POST starting to the first page showing the title; null when not seen in time. */
type PublishRun = { title: string; postMs: number; pages: Record<string, number | null> }

type Figures = {
  date: string
  /** 1, 5 and 15 minute load averages when the run began. */
  machine: { node: string; cpus: number; loadAverage: number[] }
  duration: number
  connections: number
  start: { ms: number; built: boolean }
  load: PageLoad[]
  weight: PageWeight
  publish: { runs: PublishRun[]; median: Record<string, number | null> }
  leads: LeadFigures
}

type Page = { body: Buffer; contentType: string }

type LeadFigures = {
  /** 50 no-JavaScript posts one after the other: what one prospect waits. */
  single: { submissions: number; failed: number; p50: number; p95: number; max: number }
  /** The article's latency alone, then while 20 submissions at a time run. */
  articleUnderSubmissions: { idle: Load; busy: Load; submissions: number; failed: number }
  submissions: number
  concurrency: number
  failed: number
  submitMs: { p50: number; p95: number; max: number }
  ownerEmailMs: { p50: number; p95: number; max: number; received: number }
}

const log = (message: string) => console.log(`[bench] ${message}`)

function readDuration(): number {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' } } })
  const seconds = Number(values.duration)
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_DURATION_SECONDS) {
    throw new Error(`--duration must be a whole number of seconds, 1 to ${MAX_DURATION_SECONDS}.`)
  }
  return seconds
}

// --- fetching --------------------------------------------------------------------------------

/** The bytes as served, uncompressed (as autocannon receives them). */
async function fetchPage(url: string): Promise<Page> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`)
  return {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8',
  }
}

async function postJson(url: string, data: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(data) })
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(body)}`)
  }
  return body
}

// --- load ------------------------------------------------------------------------------------

async function measureLoad(url: string, seconds: number): Promise<Load> {
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS })
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds })
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

async function measurePages(
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

// --- page weight -----------------------------------------------------------------------------

function sizeOf(body: Buffer): Size {
  return { rawBytes: body.length, gzipBytes: zlib.gzipSync(body).length }
}

function isScriptPreload(attributes: Record<string, string>): boolean {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/)
  return rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script')
}

/**
 * Unique /_next/ JavaScript paths of `<script src>` and script preloads in the HTML, split into
 * what every current browser loads and the `nomodule` fallbacks only browsers without ES modules
 * load (a file referenced both ways counts as loaded).
 */
function scriptPaths(html: string, baseUrl: string) {
  const noModuleByPath = new Map<string, boolean>()
  for (const { name, attributes } of tagsIn(html, ['script', 'link'])) {
    const isScript = name === 'script'
    const reference = isScript ? attributes.src : isScriptPreload(attributes) && attributes.href
    if (!reference) continue
    const url = new URL(reference, baseUrl)
    if (!url.pathname.startsWith('/_next/') || !url.pathname.endsWith('.js')) continue
    const key = url.pathname + url.search
    const noModule = isScript && 'nomodule' in attributes
    noModuleByPath.set(key, (noModuleByPath.get(key) ?? true) && noModule)
  }
  const entries = [...noModuleByPath]
  return {
    loaded: entries.filter(([, noModule]) => !noModule).map(([file]) => file),
    noModule: entries.filter(([, noModule]) => noModule).map(([file]) => file),
  }
}

async function measureScripts(siteUrl: string, files: string[]): Promise<Scripts> {
  const scripts = { count: files.length, rawBytes: 0, gzipBytes: 0, files }
  for (const file of files) {
    const size = sizeOf((await fetchPage(siteUrl + file)).body)
    scripts.rawBytes += size.rawBytes
    scripts.gzipBytes += size.gzipBytes
  }
  return scripts
}

async function measureWeight(siteUrl: string, pagePath: string, page: Page): Promise<PageWeight> {
  const { loaded, noModule } = scriptPaths(page.body.toString('utf8'), siteUrl + pagePath)
  return {
    path: pagePath,
    html: sizeOf(page.body),
    scripts: await measureScripts(siteUrl, loaded),
    noModuleScripts: await measureScripts(siteUrl, noModule),
  }
}

// --- publish ---------------------------------------------------------------------------------

/** The first user on a fresh database becomes the admin; returns a JWT. */
async function registerAdmin(siteUrl: string): Promise<string> {
  const password = crypto.randomBytes(18).toString('hex')
  const body = await postJson(`${siteUrl}/api/users/first-register`, {
    email: 'bench@example.com',
    password,
    'confirm-password': password,
  })
  if (typeof body.token !== 'string') throw new Error('first-register returned no token.')
  return body.token
}

/** Polls until the page contains `text`; ms since `startedAt`, or null after the time limit. */
async function waitForText(url: string, text: string, startedAt: number): Promise<number | null> {
  const deadline = startedAt + POLL_TIMEOUT_MS
  while (Date.now() < deadline) {
    const html = await fetch(url)
      .then((response) => response.text())
      .catch(() => '')
    if (html.includes(text)) return Date.now() - startedAt
    await sleep(POLL_INTERVAL_MS)
  }
  return null
}

async function publishAndWait(siteUrl: string, token: string, run: number): Promise<PublishRun> {
  const id = crypto.randomBytes(4).toString('hex')
  const title = `Benchmark article ${run} ${id}`
  const startedAt = Date.now()
  await postJson(
    `${siteUrl}/api/articles`,
    {
      title,
      slug: `benchmark-article-${run}-${id}`,
      description: 'Written by npm run bench to time a publish.',
      body: doc(p('Hello')),
      _status: 'published',
    },
    token,
  )
  const postMs = Date.now() - startedAt
  const seen = await Promise.all(
    PUBLISH_PAGES.map((pagePath) => waitForText(siteUrl + pagePath, title, startedAt)),
  )
  return { title, postMs, pages: Object.fromEntries(PUBLISH_PAGES.map((p, i) => [p, seen[i]])) }
}

async function measurePublishing(siteUrl: string): Promise<PublishRun[]> {
  const token = await registerAdmin(siteUrl)
  const runs: PublishRun[] = []
  for (let run = 1; run <= PUBLISH_RUNS; run++) {
    log(`Publish ${run} of ${PUBLISH_RUNS}...`)
    runs.push(await publishAndWait(siteUrl, token, run))
  }
  return runs
}

function median(values: (number | null)[]): number | null {
  if (values.some((value) => value === null)) return null
  const sorted = (values as number[]).toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// --- report ----------------------------------------------------------------------------------

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((r) => r[i].length)),
  )
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const fixed = (value: number, digits = 0) => value.toFixed(digits)
const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const ms = (value: number | null) =>
  value === null ? `> ${POLL_TIMEOUT_MS} (not seen)` : `${value}`

function loadRows(pages: PageLoad[]): string[][] {
  return pages.flatMap(({ path: pagePath, site, bare, ratio }) =>
    (
      [
        ['site', site],
        ['bare', bare],
      ] as const
    ).map(([server, load]) => [
      server === 'site' ? pagePath : '',
      server,
      fixed(load.requestsPerSecond),
      fixed(load.latencyAverageMs, 2),
      fixed(load.latencyP50Ms),
      fixed(load.latencyP99Ms),
      String(load.non2xx),
      String(load.errors),
      server === 'site' ? fixed(ratio, 3) : '',
    ]),
  )
}

function publishRows(runs: PublishRun[]): string[][] {
  const rows = runs.map((run) => [
    run.title,
    String(run.postMs),
    ...PUBLISH_PAGES.map((p) => ms(run.pages[p])),
  ])
  const medians = PUBLISH_PAGES.map((p) => ms(median(runs.map((run) => run.pages[p]))))
  return [...rows, ['median', String(median(runs.map((run) => run.postMs))), ...medians]]
}

function scriptRow(label: string, scripts: Scripts) {
  return [label, String(scripts.count), kb(scripts.rawBytes), kb(scripts.gzipBytes)]
}

// --- contact form ----------------------------------------------------------------------------

const LEAD_SUBMISSIONS = 100
const LEAD_CONCURRENCY = 20

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : 0
}

const spread = (values: number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(0, ...values),
})

/** Posts the form as a browser without JavaScript does; resolves with the ms it took. */
async function submitForm(siteUrl: string, hidden: HiddenFields, email: string) {
  const result = await postForm(siteUrl, hidden, { name: 'Bench Prospect', email })
  return { ms: result.ms, ok: result.status === 200 && result.sent, sentAt: Date.now() - result.ms }
}

const SINGLE_SUBMISSIONS = 50
const BUSY_SECONDS = 5

/** What one prospect waits: sequential posts, nothing else running. */
async function measureSingleProspect(siteUrl: string): Promise<LeadFigures['single']> {
  log(`Contact form: ${SINGLE_SUBMISSIONS} submissions one after the other...`)
  const forms = await Promise.all(
    Array.from({ length: SINGLE_SUBMISSIONS }, () => freshForm(siteUrl)),
  )
  await sleep(3_200)
  const results = []
  for (const hidden of forms) {
    results.push(await submitForm(siteUrl, hidden, `single-${crypto.randomUUID()}@example.com`))
  }
  return {
    submissions: SINGLE_SUBMISSIONS,
    failed: results.filter((result) => !result.ok).length,
    ...spread(results.map((result) => Math.round(result.ms))),
  }
}

/** The article's latency on its own, then while prospects submit 20 at a time. */
async function measureArticleUnderSubmissions(
  siteUrl: string,
): Promise<LeadFigures['articleUnderSubmissions']> {
  log(
    `Article alone, then with ${LEAD_CONCURRENCY} submissions at a time (${BUSY_SECONDS} s each)...`,
  )
  const idle = await measureLoad(siteUrl + ARTICLE_PAGE, BUSY_SECONDS)
  const forms: HiddenFields[] = []
  for (let i = 0; i < 400; i += LEAD_CONCURRENCY) {
    forms.push(
      ...(await Promise.all(Array.from({ length: LEAD_CONCURRENCY }, () => freshForm(siteUrl)))),
    )
  }
  await sleep(3_200)
  let running = true
  let next = 0
  const results: boolean[] = []
  const submitters = Array.from({ length: LEAD_CONCURRENCY }, async () => {
    while (running && next < forms.length) {
      const hidden = forms[next++]
      const result = await submitForm(siteUrl, hidden, `busy-${crypto.randomUUID()}@example.com`)
      results.push(result.ok)
    }
  })
  const busy = await measureLoad(siteUrl + ARTICLE_PAGE, BUSY_SECONDS)
  running = false
  await Promise.all(submitters)
  return { idle, busy, submissions: results.length, failed: results.filter((ok) => !ok).length }
}

async function measureLeads(siteUrl: string, sink: SmtpSink): Promise<LeadFigures> {
  log(`Contact form: ${LEAD_SUBMISSIONS} submissions, ${LEAD_CONCURRENCY} at a time...`)
  // Forms are fetched first: the site refuses anything sent within 3 s of rendering it (bots).
  const forms = await Promise.all(
    Array.from({ length: LEAD_SUBMISSIONS }, () => freshForm(siteUrl)),
  )
  await sleep(3_200)
  const emails = forms.map(() => `bench-${crypto.randomUUID()}@example.com`)
  const results: Awaited<ReturnType<typeof submitForm>>[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: LEAD_CONCURRENCY }, async () => {
      while (next < forms.length) {
        const index = next++
        results[index] = await submitForm(siteUrl, forms[index], emails[index])
      }
    }),
  )
  const deadline = Date.now() + POLL_TIMEOUT_MS
  const ownerMail = (email: string) =>
    sink.messages.find((mail) => mail.replyTo?.value[0]?.address === email)
  while (Date.now() < deadline && emails.some((email) => !ownerMail(email))) await sleep(50)
  const delays = emails.flatMap((email, index) => {
    const mail = ownerMail(email) as { receivedAt?: number } | undefined
    return mail?.receivedAt ? [mail.receivedAt - results[index].sentAt] : []
  })
  const single = await measureSingleProspect(siteUrl)
  const articleUnderSubmissions = await measureArticleUnderSubmissions(siteUrl)
  return {
    single,
    articleUnderSubmissions,
    submissions: LEAD_SUBMISSIONS,
    concurrency: LEAD_CONCURRENCY,
    failed: results.filter((result) => !result.ok).length,
    submitMs: spread(results.map((result) => Math.round(result.ms))),
    ownerEmailMs: { ...spread(delays.map(Math.round)), received: delays.length },
  }
}

function printReport(figures: Figures) {
  const { machine, duration, start, load, weight, publish } = figures
  const built = start.built ? 'including next build' : 'the build was current'
  console.log(
    `\nMachine: ${machine.cpus} CPUs, load average ${machine.loadAverage.join(' ')} at the start`,
  )
  console.log(`Start (npm start, fresh data dir): ${fixed(start.ms / 1000, 1)} s, ${built}\n`)
  console.log(
    `Load: ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, ${duration} s measured\n`,
  )
  console.log(
    table(
      ['page', 'server', 'req/s', 'avg ms', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'site/bare'],
      loadRows(load),
    ),
  )
  console.log(`\nWeight of ${weight.path}\n`)
  console.log(
    table(
      ['what', 'files', 'raw KB', 'gzip KB'],
      [
        ['HTML', '1', kb(weight.html.rawBytes), kb(weight.html.gzipBytes)],
        scriptRow('client JS', weight.scripts),
        scriptRow('(nomodule only)', weight.noModuleScripts),
      ],
    ),
  )
  console.log(`  HTML: ${weight.html.rawBytes} bytes, ${weight.html.gzipBytes} gzipped`)
  console.log('\nPublish → visible (ms from the POST starting)\n')
  console.log(
    table(
      ['article', 'POST ms', ...PUBLISH_PAGES.map((p) => `${p} ms`)],
      publishRows(publish.runs),
    ),
  )
  const { leads } = figures
  console.log(
    `\nContact form: ${leads.submissions} submissions, ${leads.concurrency} at a time, ${leads.failed} failed\n`,
  )
  console.log(
    table(
      ['measure', 'p50 ms', 'p95 ms', 'max ms'],
      [
        [
          'submission (form post → answer)',
          ...[leads.submitMs.p50, leads.submitMs.p95, leads.submitMs.max].map(String),
        ],
        [
          `owner email arrived (${leads.ownerEmailMs.received}/${leads.submissions})`,
          ...[leads.ownerEmailMs.p50, leads.ownerEmailMs.p95, leads.ownerEmailMs.max].map(String),
        ],
      ],
    ),
  )
  const { single, articleUnderSubmissions: busy } = leads
  console.log(
    `\nOne prospect: ${single.submissions} submissions one after the other, ${single.failed} failed: ` +
      `p50 ${single.p50} ms, p95 ${single.p95} ms, max ${single.max} ms (aim: p95 ≤ 150 ms)`,
  )
  console.log(
    `\n${ARTICLE_PAGE} while ${LEAD_CONCURRENCY} submissions at a time run ` +
      `(${busy.submissions} sent, ${busy.failed} failed)\n`,
  )
  console.log(
    table(
      ['', 'req/s', 'p50 ms', 'p99 ms'],
      [
        [
          'alone',
          fixed(busy.idle.requestsPerSecond, 0),
          String(busy.idle.latencyP50Ms),
          String(busy.idle.latencyP99Ms),
        ],
        [
          'with submissions',
          fixed(busy.busy.requestsPerSecond, 0),
          String(busy.busy.latencyP50Ms),
          String(busy.busy.latencyP99Ms),
        ],
      ],
    ),
  )
  console.log(
    `  p99 with submissions ÷ alone: ${fixed(busy.busy.latencyP99Ms / Math.max(1, busy.idle.latencyP99Ms), 2)} (aim: ≤ 2)`,
  )
  console.log(`\nFigures written to ${RESULT_FILE}`)
}

function writeJson(figures: Figures) {
  fs.mkdirSync(path.dirname(RESULT_FILE), { recursive: true })
  fs.writeFileSync(RESULT_FILE, `${JSON.stringify(figures, null, 2)}\n`)
}

// --- main ------------------------------------------------------------------------------------

/** Other work on the machine skews the figures; the load average says how much there was. */
function machine() {
  return {
    node: process.version,
    cpus: os.availableParallelism(),
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  }
}

async function bench(launcher: Launcher, sink: SmtpSink, duration: number): Promise<Figures> {
  const context = {
    date: new Date().toISOString(),
    machine: machine(),
    duration,
    connections: CONNECTIONS,
  }
  log(`Starting the site on ${launcher.url} (builds first when the build is stale)...`)
  const startedAt = Date.now()
  await launcher.start(START_TIMEOUT_MS)
  const start = { ms: Date.now() - startedAt, built: launcher.output.includes('Building the site') }
  log(`Started in ${fixed(start.ms / 1000, 1)} s.`)

  const pages = new Map<string, Page>()
  for (const pagePath of LOAD_PAGES) pages.set(pagePath, await fetchPage(launcher.url + pagePath))
  const weight = await measureWeight(launcher.url, ARTICLE_PAGE, pages.get(ARTICLE_PAGE)!)
  const load = await measurePages(launcher.url, pages, duration)
  const runs = await measurePublishing(launcher.url)
  const medians = PUBLISH_PAGES.map((p) => [p, median(runs.map((run) => run.pages[p]))])
  const leads = await measureLeads(launcher.url, sink)
  return {
    ...context,
    start,
    load,
    weight,
    publish: { runs, median: Object.fromEntries(medians) },
    leads,
  }
}

async function main() {
  const duration = readDuration()
  const sink = new SmtpSink()
  await sink.start()
  // Mail goes to the sink here; the rate limit would otherwise stop the form benchmark at 5.
  const launcher = await Launcher.create({
    SMTP_URL: sink.url,
    LEADS_RATE_LIMIT: '100000',
    LEADS_RATE_LIMIT_PER_EMAIL: '100000',
    LEADS_RATE_LIMIT_GLOBAL: '100000',
  })
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      const wasRunning = launcher.pid !== undefined && isAlive(launcher.pid)
      log(wasRunning ? 'Stopping the site...' : 'The site had stopped by itself.')
      const code = await launcher.stop('SIGTERM')
      fs.mkdirSync(path.dirname(SITE_LOG_FILE), { recursive: true })
      fs.writeFileSync(SITE_LOG_FILE, launcher.output)
      launcher.cleanup()
      await sink.stop()
      const how = code === 0 ? 'Stopped' : `npm start exited with code ${code}`
      log(`${how}; its output is in ${SITE_LOG_FILE}; deleted ${launcher.dataDir}.`)
    })())
  process.once('SIGINT', () => void stop().then(() => process.exit(130)))
  let figures: Figures
  try {
    figures = await bench(launcher, sink, duration)
  } finally {
    await stop()
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
