/**
 * `npm run restore -- <archive> [--force]`: brings the site's database and uploads back from an
 * archive of `npm run backup`, into DATA_DIR (embedded PostgreSQL) or the database at
 * DATABASE_URL (pg_restore). The next `npm start` serves the restored data. The work is
 * scripts/lib/backup/restore-backup.ts.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { cleanRestoreStaging, restoreBackup } from './lib/backup/restore-backup'
import { readConfigOrExit } from './lib/runtime'

const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
})
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- <archive.tar.gz> [--force]')
  process.exit(2)
}
const config = readConfigOrExit()
const say = (message: string) => console.log(`[restore] ${message}`)
// Ctrl-C midway: nothing has been replaced yet unless the last renames ran; the unpacked copy and
// the PostgreSQL checking it (its own process group, out of the signal's reach) go.
const interrupted = async () => {
  console.error('[restore] Interrupted; removing the unpacked copy.')
  await cleanRestoreStaging(config.DATA_DIR)
  process.exit(130)
}
process.once('SIGINT', () => void interrupted())
process.once('SIGTERM', () => void interrupted())
try {
  const manifest = await restoreBackup(
    path.resolve(positionals[0]),
    { dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL, force: values.force },
    say,
  )
  console.log(
    `[restore] Restored the site as of ${manifest.createdAt} (${manifest.media.files} media ` +
      'file(s)). `npm start` serves it.',
  )
} catch (error) {
  console.error(`[restore] ${(error as Error).message}`)
  process.exit(1)
}
