/** The bench's figures: printed as tables, and written to .tmp/bench.json. */
import fs from 'node:fs'
import path from 'node:path'

import type { BookingFigures } from './booking'
import type { DashboardFigures } from './dashboard'
import type { LeadFigures } from './leads'
import type { PageLoad } from './load'
import type { PublishRun } from './publish'
import {
  ARTICLE_PAGE,
  CONNECTIONS,
  LEAD_CONCURRENCY,
  PUBLISH_PAGES,
  RESULT_FILE,
  TRANSLATED_ARTICLES,
  WARMUP_SECONDS,
} from './settings'
import { median } from './stats'
import { fixed, kb, ms, table } from './table'
import type { PageWeight, Scripts } from './weight'

export type Figures = {
  date: string
  /** 1, 5 and 15 minute load averages when the run began. */
  machine: { node: string; cpus: number; loadAverage: number[] }
  duration: number
  connections: number
  start: { ms: number; built: boolean }
  load: PageLoad[]
  /** The article's weight, then the home page's. */
  weights: PageWeight[]
  publish: { runs: PublishRun[]; median: Record<string, number | null> }
  leads: LeadFigures
  booking: BookingFigures
  dashboard: DashboardFigures
}

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

export function printReport(figures: Figures) {
  const { machine, duration, start, load, weights, publish } = figures
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
  const english = load.find((page) => page.path === ARTICLE_PAGE)?.site.requestsPerSecond
  for (const translated of TRANSLATED_ARTICLES) {
    const page = load.find((entry) => entry.path === translated)
    if (!page || !english) continue
    const change = (page.site.requestsPerSecond / english - 1) * 100
    console.log(
      `  ${translated.slice(0, 3)} twin of ${ARTICLE_PAGE}: ${fixed(page.site.requestsPerSecond)} req/s, ` +
        `${change >= 0 ? '+' : ''}${fixed(change, 1)}% (aim: no more than 10% slower)`,
    )
  }
  for (const weight of weights) {
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
    console.log(
      `  HTML: ${weight.html.rawBytes} bytes, ${weight.html.gzipBytes} gzipped; ` +
        `client JS: ${weight.scripts.gzipBytes} bytes gzipped`,
    )
  }
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
  const { booking } = figures
  console.log(
    `\nOne visitor booking: ${booking.bookings} bookings one after the other, ${booking.failed} failed: ` +
      `p50 ${booking.p50} ms, p95 ${booking.p95} ms, max ${booking.max} ms (aim: p95 ≤ 200 ms)`,
  )
  printDashboard(figures.dashboard)
  console.log(`\nFigures written to ${RESULT_FILE}`)
}

/** The dashboard's figures: the normal run's last part, and the `--articles` run's. */
export function printDashboard(dashboard: DashboardFigures) {
  console.log(
    `\nDashboard with ${dashboard.viewRows.toLocaleString('en')} view rows, ` +
      `${dashboard.leads.toLocaleString('en')} leads and ${dashboard.bookings.toLocaleString('en')} ` +
      `booked calls, all in its 12 weeks (written in ${fixed(dashboard.fillMs / 1000, 1)} s)\n`,
  )
  console.log(
    table(
      ['measure', 'p50 ms', 'p95 ms', 'max ms'],
      [
        [
          'figures (one statement)',
          ...[dashboard.queryMs.p50, dashboard.queryMs.p95, dashboard.queryMs.max].map(String),
        ],
        [
          '/admin page as the owner',
          ...[dashboard.pageMs.p50, dashboard.pageMs.p95, dashboard.pageMs.max].map(String),
        ],
      ],
    ),
  )
  console.log(`  figures p50: ${dashboard.queryMs.p50} ms (aim: ≤ 500 ms)`)
}

/** The figures of any mode (the normal run's, or `--replicas` / `--articles`). */
export function writeJson(figures: object) {
  fs.mkdirSync(path.dirname(RESULT_FILE), { recursive: true })
  fs.writeFileSync(RESULT_FILE, `${JSON.stringify(figures, null, 2)}\n`)
}
