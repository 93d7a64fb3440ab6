/**
 * `npm run backup [-- --out <file>]`: one archive with the database and the uploads, taken while
 * the site keeps serving. With DATABASE_URL unset it copies the embedded PostgreSQL (the running
 * site's, or starts it for the time of the backup); with DATABASE_URL, pg_dump. The work is
 * scripts/lib/backup/create-backup.ts; README "Backups" says what the archive holds.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { backupStagingDir, createBackup, defaultArchivePath } from './lib/backup/create-backup'
import { prepareRuntime, readConfigOrExit } from './lib/runtime'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
const out = path.resolve(values.out ?? defaultArchivePath())
const config = readConfigOrExit()

if (!config.DATABASE_URL && !fs.existsSync(path.join(config.DATA_DIR, 'postgres', 'PG_VERSION'))) {
  console.error(
    `[backup] There is no embedded database in ${path.join(config.DATA_DIR, 'postgres')} to back ` +
      'up (run `npm start` once first, or set DATABASE_URL to your own server).',
  )
  process.exit(1)
}

const runtime = await prepareRuntime({ supervise: false })
// Ctrl-C midway: no half-made archive, and the PostgreSQL we started (its own process group, out
// of the signal's reach) is stopped. The server ends the backup when our session goes.
const interrupted = async () => {
  console.error('[backup] Interrupted; removing the unfinished archive.')
  await runtime.stop()
  // Last, with no await before the exit: the copy still running would make the folder again.
  fs.rmSync(backupStagingDir(out), { recursive: true, force: true })
  fs.rmSync(`${out}.partial`, { force: true })
  process.exit(130)
}
process.once('SIGINT', () => void interrupted())
process.once('SIGTERM', () => void interrupted())
let code = 0
try {
  const manifest = await createBackup(
    {
      dataDir: config.DATA_DIR,
      databaseUrl: runtime.env.DATABASE_URL!,
      kind: config.DATABASE_URL ? 'external' : 'embedded',
    },
    out,
    (message) => console.log(`[backup] ${message}`),
  )
  const size = (fs.statSync(out).size / 1024 / 1024).toFixed(1)
  console.log(
    `[backup] Wrote ${path.relative(process.cwd(), out) || out} (${size} MB): PostgreSQL ` +
      `${manifest.database.serverVersion}, latest migration ${manifest.database.latestMigration ?? 'none'}, ` +
      `${manifest.media.files} media file(s).`,
  )
  console.log(out)
} catch (error) {
  console.error(`[backup] ${(error as Error).message}`)
  code = 1
} finally {
  await runtime.stop()
}
process.exit(code)
