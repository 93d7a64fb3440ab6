/**
 * `npm run bench -- --articles N`: the site with N more published articles. Before the site
 * starts, its data directory's database is migrated and seeded, `next build` is timed with the
 * demo content (the baseline), N articles are added through the Local API, and `next build` is
 * timed again (the build pre-renders every article: generateStaticParams); the second build is
 * the one `npm start` then serves, so it is stamped current. With the site up: the sitemap and
 * the feed (first, cached, rendered), and the owner's dashboard with 100,000 leads
 * (scripts/bench/dashboard.ts, as in the normal run).
 *
 * The build writes .next in the repository, as `npm start` would: the next `npm start` builds
 * again for its own database.
 */
import path from 'node:path'

import { markBuildCurrent, markRenderedFor, sourceHash } from '../lib/build-stamp'
import { readOrCreateSecret } from '../lib/secret'

import type { BenchSite } from './boot'
import { startSite } from './boot'
import { type BuildFigures, stopBuild, timedBuild } from './build'
import { type DashboardFigures, measureDashboard } from './dashboard'
import { addArticles, type BenchDatabase, migrateAndSeed, startDatabase } from './database'
import { type FeedFigures, measureFeeds } from './feeds'
import { type LoadAverage, sampleLoadAverage } from './load-average'
import { log } from './settings'

/** What the normal run measures and this one does not (nothing of it depends on the article count). */
const ARTICLES_SKIPPED = [
  'page load and weight',
  'publish → visible',
  'contact form',
  'booking',
]

export type ArticlesFigures = {
  mode: 'articles'
  date: string
  machine: { node: string; cpus: number; loadAverage: LoadAverage }
  articles: number
  skipped: string[]
  fill: { created: number; ms: number; total: number }
  /** The demo content's build, then the one with the articles. */
  builds: BuildFigures[]
  start: { ms: number; built: boolean }
  feeds: FeedFigures[]
  dashboard: DashboardFigures
}

let database: BenchDatabase | undefined

/** Ctrl-C while the database is being prepared or the site built. */
export async function stopPreparation() {
  stopBuild()
  await database?.stop()
}

/** Everything before `npm start`: the database filled and both builds timed. */
async function prepare({ launcher, sink }: BenchSite, count: number) {
  database = await startDatabase(launcher.dataDir)
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATA_DIR: launcher.dataDir,
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: readOrCreateSecret(launcher.dataDir),
      // The pages carry the public URL: render them for the address the site will have.
      SITE_URL: launcher.url,
      PORT: String(launcher.port),
      HOST: '127.0.0.1',
      SMTP_URL: sink.url,
    }
    log('Preparing the database (migrations, demo content)...')
    await migrateAndSeed(env)
    const hash = sourceHash()
    const logFile = (name: string) => path.join('.tmp', `bench-build-${name}.log`)
    const demo = await timedBuild(env, 'demo content', 0, logFile('demo'))
    log(`Adding ${count.toLocaleString('en')} published articles...`)
    const fill = await addArticles(env, count)
    log(`Added ${fill.created} in ${(fill.ms / 1000).toFixed(1)} s.`)
    const many = await timedBuild(
      env,
      `${count.toLocaleString('en')} more articles`,
      count,
      logFile('articles'),
    )
    // This build is current for these sources and this URL: `npm start` serves it as it is.
    markBuildCurrent(hash)
    markRenderedFor(launcher.url)
    return { fill, builds: [demo, many] }
  } finally {
    await database.stop()
    database = undefined
  }
}

export async function benchManyArticles(
  site: BenchSite,
  count: number,
  machine: { node: string; cpus: number },
): Promise<ArticlesFigures> {
  const load = sampleLoadAverage()
  const date = new Date().toISOString()
  const { fill, builds } = await prepare(site, count)
  const start = await startSite(site.launcher)
  const feeds = await measureFeeds(site.launcher.url, readOrCreateSecret(site.launcher.dataDir))
  const dashboard = await measureDashboard(site.launcher, site.sink.url)
  return {
    mode: 'articles',
    date,
    machine: { ...machine, loadAverage: load.stop() },
    articles: count,
    skipped: ARTICLES_SKIPPED,
    fill,
    builds,
    start,
    feeds,
    dashboard,
  }
}
