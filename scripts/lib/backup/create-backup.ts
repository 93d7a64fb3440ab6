/**
 * The body of `npm run backup`: one archive holding the database and the uploads, with a
 * manifest. The embedded PostgreSQL is copied online (online-base-backup.ts); a database of your
 * own (DATABASE_URL) is dumped with a pg_dump of its major version (external-dump.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { packArchive } from './archive'
import { dumpDatabase } from './external-dump'
import {
  ARCHIVE_LAYOUT,
  describeDatabase,
  fileStamp,
  FORMAT_VERSION,
  MANIFEST_FILE,
  type DatabaseKind,
  type Manifest,
  writeManifest,
} from './manifest'
import { onlineBaseBackup } from './online-base-backup'

export type BackupSource = {
  /** DATA_DIR: media/, and for the embedded database postgres/ and postgres.password. */
  dataDir: string
  /** The site's database (for the embedded one: the running server's, as its superuser). */
  databaseUrl: string
  kind: DatabaseKind
}

/** `backups/site-20261126T190000Z.tar.gz` */
export function defaultArchivePath(now = new Date()) {
  return path.join('backups', `site-${fileStamp(now)}.tar.gz`)
}

export async function createBackup(
  source: BackupSource,
  out: string,
  say: (message: string) => void = () => {},
): Promise<Manifest> {
  const createdAt = new Date().toISOString()
  const database = await readDatabaseFacts(source.databaseUrl)
  const staging = backupStagingDir(out)
  // Left by a run that was killed: nothing in it is worth keeping.
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 })
  try {
    const entries = [MANIFEST_FILE]
    let dumpTool: string | undefined
    if (source.kind === 'embedded') {
      say('Copying the embedded PostgreSQL while it keeps serving (low-level base backup)...')
      const result = await onlineBaseBackup(
        source.databaseUrl,
        path.join(source.dataDir, ARCHIVE_LAYOUT.cluster),
        path.join(staging, ARCHIVE_LAYOUT.cluster),
      )
      say(
        `Copied the data directory (WAL ${result.startLsn} to ${result.stopLsn}, ` +
          `${result.walSegments.length} segment(s)).`,
      )
      fs.copyFileSync(
        path.join(source.dataDir, ARCHIVE_LAYOUT.clusterPassword),
        path.join(staging, ARCHIVE_LAYOUT.clusterPassword),
      )
      entries.push(ARCHIVE_LAYOUT.cluster, ARCHIVE_LAYOUT.clusterPassword)
    } else {
      say('Dumping the database with pg_dump...')
      dumpTool = await dumpDatabase(
        source.databaseUrl,
        database.serverVersionNum,
        path.join(staging, ARCHIVE_LAYOUT.dump),
      )
      entries.push(ARCHIVE_LAYOUT.dump)
    }
    const media = copyMedia(source.dataDir, staging)
    entries.push(ARCHIVE_LAYOUT.media)
    const secret = path.join(source.dataDir, ARCHIVE_LAYOUT.secret)
    if (fs.existsSync(secret)) {
      fs.copyFileSync(secret, path.join(staging, ARCHIVE_LAYOUT.secret))
      entries.push(ARCHIVE_LAYOUT.secret)
    }
    const manifest: Manifest = {
      format: 'consultancy-site-backup',
      formatVersion: FORMAT_VERSION,
      createdAt,
      database: { kind: source.kind, ...database, ...(dumpTool ? { dumpTool } : {}) },
      media,
    }
    writeManifest(staging, manifest)
    say('Packing the archive...')
    await packArchive(staging, entries, out)
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * Where the archive's contents are gathered: beside the archive (the same disk, nothing left in
 * the data directory), under a name derived from it, so that an interrupted run can clean up.
 */
export function backupStagingDir(out: string) {
  return `${path.resolve(out)}.staging`
}

async function readDatabaseFacts(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await describeDatabase(client)
  } finally {
    await client.end()
  }
}

/** DATA_DIR/media into the staging directory (an empty folder when there are no uploads yet). */
function copyMedia(dataDir: string, staging: string) {
  const from = path.join(dataDir, ARCHIVE_LAYOUT.media)
  const to = path.join(staging, ARCHIVE_LAYOUT.media)
  fs.mkdirSync(to, { recursive: true })
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true })
  let files = 0
  let bytes = 0
  for (const entry of fs.readdirSync(to, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { files, bytes }
}
