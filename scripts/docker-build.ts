/**
 * The Docker image's build step. Pages are pre-rendered from the database, and an image build has
 * none, so this builds against a throwaway embedded PostgreSQL (migrated, empty). The image then
 * sets REVALIDATE_ON_START, so its first start re-renders every page from the real database.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { LocalPostgres } from './lib/local-postgres'
import { findFreePort } from './lib/ports'
import { prepareDatabaseInProcess } from './lib/prepare-database-process'
import { bundleServer } from './lib/server-bundle'
import { nextBin, run } from './lib/processes'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-pg-'))
const database = new LocalPostgres({
  dataDir: path.join(dir, 'postgres'),
  port: await findFreePort(),
})
let code = 1
try {
  await database.start()
  await database.ensureDatabase('build')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url('build'),
    PAYLOAD_SECRET: 'build-time-secret-not-used-at-runtime-000000',
    JOBS_AUTORUN: 'false',
  }
  code = await prepareDatabaseInProcess([], { env })
  if (code === 0) code = await run(process.execPath, [nextBin(), 'build'], { env })
  // The image's server: the edge in front of Next (scripts/server-standalone.ts), bundled into one file
  // beside Next's standalone server; `next` itself comes from the standalone node_modules.
  if (code === 0) {
    await bundleServer('scripts/server-standalone.ts', '.next/standalone/edge-server.mjs')
    // The Redis page cache for replicas (REDIS_URL), with its packages, which the standalone
    // output does not trace: scripts/server-standalone.ts points Next at it when REDIS_URL is set.
    await bundleServer('src/cache/next-cache-handler.mjs', '.next/standalone/cache-handler.mjs')
  }
} finally {
  await database.stop()
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(code)
