/**
 * Runs the Payload CLI with the same database the site uses (the embedded one when DATABASE_URL
 * is unset), e.g. `npm run migrate:create -- add_articles` or `npm run generate:types`.
 *
 * The CLI has been seen to exit 0 without doing anything: that is the configuration-loading stall
 * of scripts/lib/config-stall.ts. The CLI runs with a guard that turns it into STOPPED_BEFORE_WORK,
 * and is run again then. migrate:create gets `--skip-empty`: with no schema change there is
 * nothing to write, and it says so instead of asking.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { runAgainIfStalled, STALL_GUARD } from './lib/config-stall'
import { run } from './lib/processes'
import { prepareRuntime } from './lib/runtime'

const MIGRATIONS = 'migrations'
const args = process.argv.slice(2)
const creatingMigration = args[0] === 'migrate:create'
if (creatingMigration && !args.includes('--skip-empty')) args.push('--skip-empty')

/** Payload's own bin.js, run with this Node directly (no npx in between). */
function payloadBin(): string {
  const entry = createRequire(import.meta.url).resolve('payload')
  return path.join(path.dirname(entry), '..', 'bin.js')
}

const migrationFiles = () => (fs.existsSync(MIGRATIONS) ? fs.readdirSync(MIGRATIONS).length : 0)

const runtime = await prepareRuntime({ supervise: false })
let code = 1
try {
  const before = migrationFiles()
  code = await runAgainIfStalled('payload', () =>
    run(process.execPath, ['--import', STALL_GUARD, payloadBin(), ...args], {
      env: { ...runtime.env, PAYLOAD_MIGRATING: 'true' },
    }),
  )
  if (code === 0 && creatingMigration && migrationFiles() === before) {
    console.log('No migration written: the schema matches the last migration.')
  }
} finally {
  await runtime.stop()
}
process.exit(code)
