/**
 * `npm run bench -- --against <ref>`: this checkout side by side with another commit, on the same
 * machine at the same time, because figures from another day or another load average do not
 * compare (docs: platform notes, "compare side by side, never across days").
 *
 * Both run their own `npm start` (own port, own data directory, embedded PostgreSQL, demo
 * content); the other commit from .tmp/against-<sha>/ (scripts/bench/checkout.ts). For each page:
 * autocannon in rounds that alternate between the two (then, now, then, now, ...), the HTML and
 * client JavaScript weight, and the browser's main-thread work from a Chrome trace
 * (scripts/bench/trace.ts), also alternating. A page the other commit does not have (not a 200)
 * is measured on this side only. Both servers are stopped and their data deleted at the end, also
 * on errors and Ctrl-C; the prepared folder is kept for the next run against that commit.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from '@playwright/test'

import { type Page } from './http'
import { type Load, measureLoad } from './load'
import { type Checkout, outdatedPackages, prepareCheckout, stopCheckoutStep } from './checkout'
import { CONNECTIONS, log, START_TIMEOUT_MS, WARMUP_SECONDS } from './settings'
import { SideServer } from './side-server'
import { median } from './stats'
import { type MainThread, openBrowser, traceMainThread } from './trace'
import { measureWeight, type PageWeight } from './weight'

/** The pages of the issue "Lighter": one of each kind the site has. */
const AGAINST_PAGES = [
  '/',
  '/articles/django-vs-fastapi',
  '/compare/django-vs-fastapi',
  '/contact',
  '/book',
  '/search?q=django',
  '/es',
  '/ru',
  '/cases',
]
const ROUNDS = 3
const BROWSER_RUNS = 3
export const AGAINST_RESULT_FILE = path.join('.tmp', 'bench-against.json')

const SIDES = ['then', 'now'] as const
type Side = (typeof SIDES)[number]

export type SideFigures = {
  load: {
    rounds: Load[]
    requestsPerSecond: number
    latencyP99Ms: number
    non2xx: number
    errors: number
  }
  weight: PageWeight
  browser: {
    runs: MainThread[]
    failures: string[]
    mainThreadMs: number | null
    totalBlockingTimeMs: number | null
  }
}

/** One page on both sides; a side is null when it did not answer the page with a 200 (`status`). */
export type PageComparison = {
  path: string
  status: Record<Side, number>
  then: SideFigures | null
  now: SideFigures | null
}

export type AgainstFigures = {
  date: string
  machine: { node: string; cpus: number; loadAverage: number[] }
  then: { ref: string; sha: string; dir: string; install: Checkout['install']; reused: boolean }
  now: { dir: string; head: string; uncommittedChanges: boolean }
  duration: number
  rounds: number
  connections: number
  browserRuns: number
  pages: PageComparison[]
  runSeconds: number
}

const loadAverage = () => os.loadavg().map((value) => Number(value.toFixed(2)))

/** The page as served, or its status when it is not a 200 (redirects are not followed). */
async function fetchSide(url: string): Promise<Page | number> {
  const response = await fetch(url, {
    headers: { 'accept-encoding': 'identity' },
    redirect: 'manual',
  })
  const body = Buffer.from(await response.arrayBuffer())
  if (response.status !== 200) return response.status
  return { body, contentType: response.headers.get('content-type') ?? 'text/html' }
}

/**
 * Both sides still answer their health URL: on a shared machine something else can take a site
 * down, and figures of a server that refuses connections would only mislead.
 */
async function checkUp(servers: Record<Side, SideServer>, sides: Side[]) {
  for (const side of sides) {
    const url = `${servers[side].url}/api/health`
    const ok = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (!ok) throw new Error(`The ${side} site stopped answering ${url} (see its log).`)
  }
}

async function measureLoadRounds(
  servers: Record<Side, SideServer>,
  pagePath: string,
  sides: Side[],
  seconds: number,
) {
  const rounds: Record<Side, Load[]> = { then: [], now: [] }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const side of sides)
      rounds[side].push(await measureLoad(servers[side].url + pagePath, seconds))
  }
  return rounds
}

async function measureBrowserRuns(
  browser: Browser,
  servers: Record<Side, SideServer>,
  pagePath: string,
  sides: Side[],
) {
  const runs: Record<Side, MainThread[]> = { then: [], now: [] }
  const failures: Record<Side, string[]> = { then: [], now: [] }
  for (let run = 1; run <= BROWSER_RUNS; run++) {
    for (const side of sides) {
      try {
        runs[side].push(await traceMainThread(browser, servers[side].url + pagePath))
      } catch (error) {
        const message = (error as Error).message.split('\n')[0]
        log(`Browser run ${run} of ${pagePath} (${side}) failed: ${message}`)
        failures[side].push(message)
      }
    }
  }
  return { runs, failures }
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

function gitHead() {
  const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8' }).trim()
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    encoding: 'utf8',
  })
  return { head, uncommittedChanges: status.trim() !== '' }
}

async function measure(
  servers: Record<Side, SideServer>,
  duration: number,
): Promise<PageComparison[]> {
  const found: { path: string; pages: Record<Side, Page | number> }[] = []
  for (const pagePath of AGAINST_PAGES) {
    const pages = {
      then: await fetchSide(servers.then.url + pagePath),
      now: await fetchSide(servers.now.url + pagePath),
    }
    for (const side of SIDES) {
      const page = pages[side]
      if (typeof page === 'number')
        log(`${pagePath} answers ${page} on ${side}: measured on the other side only.`)
    }
    found.push({ path: pagePath, pages })
  }
  const present = (pages: Record<Side, Page | number>) =>
    SIDES.filter((side) => typeof pages[side] !== 'number')

  const weights = new Map<string, Partial<Record<Side, PageWeight>>>()
  for (const { path: pagePath, pages } of found) {
    const entry: Partial<Record<Side, PageWeight>> = {}
    for (const side of present(pages)) {
      entry[side] = await measureWeight(servers[side].url, pagePath, pages[side] as Page)
    }
    weights.set(pagePath, entry)
  }

  const loads = new Map<string, Record<Side, Load[]>>()
  for (const { path: pagePath, pages } of found) {
    const sides = present(pages)
    log(
      `Load on ${pagePath}: ${ROUNDS} rounds alternating ${sides.join(' and ')} ` +
        `(${WARMUP_SECONDS} + ${duration} s each)...`,
    )
    loads.set(pagePath, await measureLoadRounds(servers, pagePath, sides, duration))
    await checkUp(servers, sides)
  }

  const browser = await openBrowser()
  const traces = new Map<string, Awaited<ReturnType<typeof measureBrowserRuns>>>()
  try {
    for (const { path: pagePath, pages } of found) {
      const sides = present(pages)
      log(
        `Browser on ${pagePath}: ${BROWSER_RUNS} traced loads alternating ${sides.join(' and ')}...`,
      )
      traces.set(pagePath, await measureBrowserRuns(browser, servers, pagePath, sides))
      await checkUp(servers, sides)
    }
  } finally {
    await browser.close()
  }

  return found.map(({ path: pagePath, pages }) => {
    const sideFigures = (side: Side): SideFigures | null => {
      if (typeof pages[side] === 'number') return null
      const rounds = loads.get(pagePath)![side]
      const { runs, failures } = traces.get(pagePath)!
      const ok = runs[side]
      return {
        load: {
          rounds,
          requestsPerSecond: mean(rounds.map((round) => round.requestsPerSecond)),
          latencyP99Ms: median(rounds.map((round) => round.latencyP99Ms))!,
          non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
          errors: rounds.reduce((sum, round) => sum + round.errors, 0),
        },
        weight: weights.get(pagePath)![side]!,
        browser: {
          runs: ok,
          failures: failures[side],
          mainThreadMs: ok.length ? median(ok.map((run) => run.mainThreadMs)) : null,
          totalBlockingTimeMs: ok.length ? median(ok.map((run) => run.totalBlockingTimeMs)) : null,
        },
      }
    }
    const status = (side: Side) => {
      const page = pages[side]
      return typeof page === 'number' ? page : 200
    }
    return {
      path: pagePath,
      status: { then: status('then'), now: status('now') },
      then: sideFigures('then'),
      now: sideFigures('now'),
    }
  })
}

/**
 * Prepares the other commit, starts both sites (one after the other: each may run `next build`,
 * and two builds at once on two cores would only slow both), measures, stops both.
 */
export async function benchAgainst(ref: string, duration: number): Promise<AgainstFigures> {
  const startedAt = Date.now()
  const date = new Date().toISOString()
  const head = gitHead()
  const machine = {
    node: process.version,
    cpus: os.availableParallelism(),
    loadAverage: loadAverage(),
  }
  const servers: Partial<Record<Side, SideServer>> = {}
  let interrupted = false
  const stopAll = async () => {
    await stopCheckoutStep()
    await Promise.all(SIDES.map((side) => servers[side]?.stop()))
  }
  const onSigint = () => {
    if (interrupted) return
    interrupted = true
    log('Interrupted: stopping...')
    void stopAll().then(() => process.exit(130))
  }
  process.on('SIGINT', onSigint)
  try {
    const outdated = outdatedPackages()
    if (outdated.length) {
      throw new Error(
        `This checkout's node_modules does not match its package-lock.json ` +
          `(${outdated.slice(0, 3).join(', ')}${outdated.length > 3 ? ', ...' : ''}): run npm ci first.`,
      )
    }
    const checkout = await prepareCheckout(ref)
    Object.assign(servers, await SideServer.pair({ then: checkout.dir, now: process.cwd() }))
    for (const side of SIDES) {
      const what = side === 'then' ? `${ref} (${checkout.sha.slice(0, 12)})` : 'this checkout'
      log(`Starting ${what} on ${servers[side]!.url} (builds first when its build is stale)...`)
      const sideStartedAt = Date.now()
      await servers[side]!.start(START_TIMEOUT_MS)
      log(`Ready in ${((Date.now() - sideStartedAt) / 1000).toFixed(1)} s.`)
    }
    const pages = await measure(servers as Record<Side, SideServer>, duration)
    return {
      date,
      machine,
      then: {
        ref,
        sha: checkout.sha,
        dir: path.relative(process.cwd(), checkout.dir),
        install: checkout.install,
        reused: checkout.reused,
      },
      now: { dir: process.cwd(), ...head },
      duration,
      rounds: ROUNDS,
      connections: CONNECTIONS,
      browserRuns: BROWSER_RUNS,
      pages,
      runSeconds: Math.round((Date.now() - startedAt) / 1000),
    }
  } finally {
    if (!interrupted) {
      log('Stopping both sites...')
      await stopAll()
      for (const side of SIDES) {
        const server = servers[side]
        if (server)
          log(
            `${side}: its output is in ${path.relative(process.cwd(), server.logFile)}; data deleted.`,
          )
      }
    }
    process.off('SIGINT', onSigint)
  }
}

export function writeAgainstJson(figures: AgainstFigures) {
  fs.mkdirSync(path.dirname(AGAINST_RESULT_FILE), { recursive: true })
  fs.writeFileSync(AGAINST_RESULT_FILE, `${JSON.stringify(figures, null, 2)}\n`)
}
