/** The `--articles` run's figures as tables: the builds, the sitemap and feed, the dashboard. */
import type { LoadAverage } from './load-average'
import type { ArticlesFigures } from './many-articles'
import { printDashboard } from './report'
import { RESULT_FILE } from './settings'
import { fixed, kb, table } from './table'

/** The build the aim is about. */
const BUILD_AIM_MS = 5 * 60_000

const mb = (bytes: number) => fixed(bytes / 1024 ** 2)
const seconds = (ms: number | null) => (ms === null ? '-' : fixed(ms / 1000, 1))
const signed = (text: string) => (text.startsWith('-') ? text : `+${text}`)

export function printLoadAverage(machine: { cpus: number; loadAverage: LoadAverage }) {
  const { start, highest1m, end } = machine.loadAverage
  console.log(
    `Machine: ${machine.cpus} CPUs, load average ${start.join(' ')} at the start, ` +
      `${end.join(' ')} at the end (highest 1-minute: ${highest1m})`,
  )
}

export function printArticlesReport(figures: ArticlesFigures) {
  const { articles, fill, builds, start, feeds } = figures
  console.log(
    `\nMode: --articles ${articles}: the demo content plus ${articles.toLocaleString('en')} published ` +
      `articles. Skipped (the normal run measures them): ${figures.skipped.join(', ')}.`,
  )
  printLoadAverage(figures.machine)
  console.log(
    `Articles: ${fill.created.toLocaleString('en')} written through the Local API in ` +
      `${fixed(fill.ms / 1000, 1)} s (${fill.total.toLocaleString('en')} in the database)\n`,
  )
  console.log(
    table(
      ['next build with', 'total s', 'compile s', 'static pages', 'pre-render s', 'peak RSS MB'],
      builds.map((build) => [
        build.label,
        seconds(build.ms),
        seconds(build.compileMs),
        build.staticPages === null ? '-' : String(build.staticPages),
        seconds(build.staticMs),
        mb(build.peakRssBytes),
      ]),
    ),
  )
  const [demo, many] = builds
  const perPage =
    many.staticMs !== null && demo.staticMs !== null && many.staticPages && demo.staticPages
      ? (many.staticMs - demo.staticMs) / (many.staticPages - demo.staticPages)
      : null
  console.log(
    `  growth: ${signed(seconds(many.ms - demo.ms))} s, peak RSS ${signed(mb(many.peakRssBytes - demo.peakRssBytes))} MB` +
      (perPage === null ? '' : `, ~${fixed(perPage)} ms per extra pre-rendered page`) +
      `; ${seconds(many.ms)} s (aim: ≤ ${BUILD_AIM_MS / 60_000} min)`,
  )
  const built = start.built ? 'including next build' : 'the build was current'
  console.log(`\nStart (npm start, the data dir above): ${fixed(start.ms / 1000, 1)} s, ${built}`)
  console.log(`\nSitemap and feed with ${fill.total.toLocaleString('en')} articles\n`)
  console.log(
    table(
      ['path', 'KB', 'first ms', 'cached ms', 'rendered ms', 'rendered as'],
      feeds.map((feed) => [
        feed.path,
        kb(feed.bytes),
        String(feed.firstMs),
        String(feed.cachedMs),
        String(feed.renderedMs),
        [...new Set(feed.renderedCache)].join(','),
      ]),
    ),
  )
  console.log(
    '  first: the first request after the start (the build pre-rendered it); cached: median of 5;\n' +
      '  rendered: the first request after /api/revalidate marked every page stale, median of 3',
  )
  printDashboard(figures.dashboard)
  console.log(`\nFigures written to ${RESULT_FILE}`)
}
