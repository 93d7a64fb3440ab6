/**
 * The bench site's database on its own, before the site starts: `--articles` fills it and builds
 * against it first (the build pre-renders pages from it), then `npm start` takes the same data
 * directory over. The embedded PostgreSQL is started where the launcher would (DATA_DIR/postgres,
 * its port in postgres.json), so the launcher finds and reuses it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { runAgainIfStalled, STALL_GUARD } from '../lib/config-stall'
import { LocalPostgres } from '../lib/local-postgres'
import { findFreePort } from '../lib/ports'
import { prepareDatabaseInProcess } from '../lib/prepare-database-process'
import { run } from '../lib/processes'
import { embeddedDatabaseUrl } from '../lib/runtime'

import { log } from './settings'

export type BenchDatabase = { url: string; stop: () => Promise<void> }

export async function startDatabase(dataDir: string): Promise<BenchDatabase> {
  const port = await findFreePort()
  const postgres = new LocalPostgres({ dataDir: path.join(dataDir, 'postgres'), port, say: log })
  await postgres.start()
  fs.writeFileSync(path.join(dataDir, 'postgres.json'), JSON.stringify({ port }, null, 2))
  const url = embeddedDatabaseUrl(dataDir)
  await postgres.ensureDatabase(new URL(url).pathname.slice(1))
  return { url, stop: () => postgres.stop() }
}

/** Output only when a step fails: the bench prints tables, not Payload's logs. */
async function quietly(
  label: string,
  step: (onOutput: (chunk: string) => void) => Promise<number>,
) {
  let output = ''
  const code = await step((chunk) => (output += chunk))
  if (code !== 0) throw new Error(`${label} failed (exit code ${code}):\n${output}`)
  return output
}

/** Migrations and the demo content, as `npm start` does them. */
export async function migrateAndSeed(env: NodeJS.ProcessEnv) {
  await quietly('Preparing the database', (onOutput) =>
    prepareDatabaseInProcess(['--seed'], { env, quiet: true, onOutput }),
  )
}

/** Adds published articles up to `count` of the bench's own (scripts/bench/articles-worker.ts). */
export async function addArticles(env: NodeJS.ProcessEnv, count: number) {
  const worker = new URL('./articles-worker.ts', import.meta.url).pathname
  // Loading the configuration can stall under load (scripts/lib/config-stall.ts): the worker
  // resumes where it stopped, so running it again is safe.
  let output = ''
  await quietly('Adding articles', (onOutput) =>
    runAgainIfStalled('bench', () => {
      output = ''
      return run(
        process.execPath,
        ['--import', STALL_GUARD, '--import', 'tsx', worker, String(count)],
        { env, quiet: true, onOutput: (chunk) => (onOutput(chunk), (output += chunk)) },
      )
    }),
  )
  const line = output.split('\n').find((text) => text.startsWith('{"created"'))
  if (!line) throw new Error(`The articles worker printed no result:\n${output}`)
  return JSON.parse(line) as { created: number; ms: number; total: number }
}
