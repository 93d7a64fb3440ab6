/**
 * The site under test for Playwright: `npm start` (scripts/start.ts, which builds when needed)
 * on a fresh database that is dropped afterwards, never the dev data. With TEST_DATABASE_URL, a
 * new database on that server; otherwise a throwaway embedded PostgreSQL in .tmp/.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { tmpRoot, uniqueName } from '../../scripts/lib/scratch'
import { getTestEnv } from '../../src/lib/env'

import { createTestDatabase, TEST_PAYLOAD_SECRET } from './test-database'

const dataDir = path.join(tmpRoot, uniqueName('e2e'))
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir }
let closeDatabase = async () => {}

if (getTestEnv().TEST_DATABASE_URL) {
  const database = await createTestDatabase('e2e')
  env.DATABASE_URL = database.url
  env.PAYLOAD_SECRET = TEST_PAYLOAD_SECRET
  closeDatabase = database.close
} else {
  delete env.DATABASE_URL
}

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  env,
  stdio: 'inherit',
})

const forward = (signal: NodeJS.Signals) => () => server.kill(signal)
process.on('SIGTERM', forward('SIGTERM'))
process.on('SIGINT', forward('SIGINT'))

server.once('exit', async (code) => {
  await closeDatabase()
  fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(code ?? 0)
})
