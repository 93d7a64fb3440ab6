/**
 * The table of `npm run bench -- --against <ref>`: each figure then → now, with the ratio now ÷
 * then where a ratio is what one reads (requests per second, main-thread work). A page the other
 * commit does not have shows its status code on that side.
 */
import {
  type AgainstFigures,
  AGAINST_RESULT_FILE,
  type PageComparison,
  type SideFigures,
} from './against'
import { kb, table } from './table'

const whole = (value: number) => Math.round(value).toLocaleString('en-US')

/** `then → now (ratio)`; a side without the page shows its status instead. */
function cell(
  page: PageComparison,
  figure: (side: SideFigures) => number | null,
  format: (value: number) => string,
  withRatio = false,
) {
  const side = (which: 'then' | 'now') => {
    const figures = page[which]
    if (!figures) return { text: `(${page.status[which]})`, value: null }
    const value = figure(figures)
    return { text: value === null ? 'n/a' : format(value), value }
  }
  const then = side('then')
  const now = side('now')
  const ratio =
    withRatio && then.value && now.value !== null ? ` (${(now.value / then.value).toFixed(2)})` : ''
  return `${then.text} → ${now.text}${ratio}`
}

export function printAgainstReport(figures: AgainstFigures) {
  const { then, now } = figures
  const prepared = then.reused ? 'prepared earlier, re-used' : `prepared now, ${then.install}`
  console.log('')
  console.log(
    `then: ${then.ref} (${then.sha.slice(0, 12)}, ${then.dir}, ${prepared}); ` +
      `now: this checkout (${now.head}${now.uncommittedChanges ? ' with uncommitted changes' : ''})`,
  )
  console.log(
    `${figures.machine.cpus} cores, load average ${figures.machine.loadAverage.join(' ')} at the start; ` +
      `autocannon ${figures.connections} connections, ${figures.rounds} rounds of ${figures.duration} s ` +
      `alternating (req/s: mean; p99: median of the rounds); browser: 390×844, CPU 4× slower, ` +
      `median of ${figures.browserRuns} traced loads; weights gzip KB`,
  )
  console.log('')
  const rows = figures.pages.map((page) => [
    page.path,
    cell(page, (side) => side.load.requestsPerSecond, whole, true),
    cell(page, (side) => side.load.latencyP99Ms, whole),
    cell(page, (side) => side.weight.html.gzipBytes, kb),
    cell(page, (side) => side.weight.scripts.gzipBytes, kb),
    cell(page, (side) => side.browser.mainThreadMs, whole, true),
    cell(page, (side) => side.browser.totalBlockingTimeMs, whole),
  ])
  console.log(
    table(
      [
        'page',
        'req/s then → now (ratio)',
        'p99 ms',
        'HTML gzip KB',
        'JS gzip KB',
        'main thread ms (ratio)',
        'TBT ms',
      ],
      rows,
    ),
  )
  const failed = figures.pages.flatMap((page) =>
    (['then', 'now'] as const).flatMap((side) => {
      const figuresOfSide = page[side]
      if (!figuresOfSide) return []
      const notes = []
      if (figuresOfSide.load.errors) {
        notes.push(`${figuresOfSide.load.errors} failed requests (connection errors) under load`)
      }
      if (figuresOfSide.load.non2xx)
        notes.push(`${figuresOfSide.load.non2xx} non-2xx answers under load`)
      if (figuresOfSide.browser.failures.length) {
        notes.push(`${figuresOfSide.browser.failures.length} failed browser runs`)
      }
      return notes.length ? [`${page.path} (${side}): ${notes.join(', ')}`] : []
    }),
  )
  if (failed.length) console.log(`\nNote: ${failed.join('; ')}.`)
  console.log(
    `\nWritten to ${AGAINST_RESULT_FILE}; the run took ${Math.floor(figures.runSeconds / 60)} min ${figures.runSeconds % 60} s.`,
  )
}
