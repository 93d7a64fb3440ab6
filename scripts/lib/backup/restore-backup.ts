/**
 * The body of `npm run restore`: puts the database and the uploads of an archive back, so that
 * the next `npm start` serves them. It never overwrites data silently: a data directory that
 * already holds a database, uploads, or a database that already has tables are replaced only with
 * --force, and what is replaced on disk is moved aside, not deleted. It refuses while the site
 * runs on the data directory.
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { LocalPostgres, serverUser, stopStaleServer } from '../local-postgres'
import { findFreePort } from '../ports'
import { commandLineOf, isAlive, run } from '../processes'
import { runningLauncher } from '../runtime'

import { readArchiveManifest, unpackArchive } from './archive'
import { ARCHIVE_LAYOUT, expectLatestMigration, fileStamp, type Manifest } from './manifest'
import { findTool, libpqConnection } from './pg-tools'

export type RestoreTarget = {
  /** DATA_DIR. */
  dataDir: string
  /** DATABASE_URL, when the site uses a database of its own. */
  databaseUrl?: string
  /** Replace what is there (moved aside on disk; `pg_restore --clean` in a database). */
  force: boolean
}

export async function restoreBackup(
  archive: string,
  target: RestoreTarget,
  say: (message: string) => void = () => {},
): Promise<Manifest> {
  const manifest = await readArchiveManifest(archive)
  const dataDir = path.resolve(target.dataDir)
  const launcher = runningLauncher(dataDir)
  if (launcher) {
    throw new Error(
      `The site is running on ${dataDir} (launcher pid ${launcher}). Stop it (Ctrl-C in its ` +
        'terminal) before restoring.',
    )
  }
  const { kind } = manifest.database
  if (kind === 'embedded' && target.databaseUrl) {
    throw new Error(
      'This archive holds the embedded PostgreSQL (a copy of its data directory); it restores ' +
        'only with DATABASE_URL unset. To move a site to a server of your own, restore it ' +
        'here first, then dump it with a pg_dump of PostgreSQL ' +
        `${Math.floor(manifest.database.serverVersionNum / 10_000)}.`,
    )
  }
  if (kind === 'external' && !target.databaseUrl) {
    throw new Error(
      'This archive holds a pg_dump of a database of your own; set DATABASE_URL to the ' +
        'database to restore it into.',
    )
  }

  // Before unpacking anything: a refusal should be quick.
  if (kind === 'embedded') refuseOverCluster(dataDir, target.force)
  else await refuseOverDatabase(target.databaseUrl!, target.force)
  const media = path.join(dataDir, ARCHIVE_LAYOUT.media)
  if (hasEntries(media)) refuseExisting(`${media} already holds uploads.`, target.force)

  fs.mkdirSync(dataDir, { recursive: true })
  const staging = await cleanRestoreStaging(dataDir, say)
  fs.mkdirSync(staging, { mode: 0o700 })
  try {
    say(`Unpacking ${archive} (made ${manifest.createdAt})...`)
    await unpackArchive(archive, staging)
    if (kind === 'embedded') {
      await restoreCluster(manifest, staging, dataDir, say)
    } else {
      await restoreDump(manifest, staging, dataDir, target.databaseUrl!, say)
    }
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * Inside DATA_DIR (the same disk, so putting things in place is a rename), under a fixed name: a
 * restore that was interrupted, even with kill -9, leaves nothing the next one cannot clear, and
 * the PostgreSQL it may have left running on the copy (in its own process group, out of reach of
 * Ctrl-C) is stopped. Returns the (now absent) directory.
 */
export async function cleanRestoreStaging(
  dataDir: string,
  say: (message: string) => void = () => {},
) {
  const staging = path.join(path.resolve(dataDir), '.restore-staging')
  await stopStaleServer(path.join(staging, ARCHIVE_LAYOUT.cluster), say)
  fs.rmSync(staging, { recursive: true, force: true })
  return staging
}

const hasEntries = (dir: string) => fs.existsSync(dir) && fs.readdirSync(dir).length > 0

/** `postgres` → `postgres.replaced-20261126T190000Z`, said in plain words. */
function moveAside(dir: string, say: (message: string) => void) {
  const aside = `${dir}.replaced-${fileStamp()}`
  fs.renameSync(dir, aside)
  say(`Moved the existing ${path.basename(dir)} aside to ${aside} (delete it when you are sure).`)
}

function refuseExisting(what: string, force: boolean) {
  if (force) return
  throw new Error(
    `${what} Restore with --force to replace it (files are moved aside, not deleted).`,
  )
}

function refuseOverCluster(dataDir: string, force: boolean) {
  const clusterDir = path.join(dataDir, ARCHIVE_LAYOUT.cluster)
  const pidFile = path.join(clusterDir, 'postmaster.pid')
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
    if (pid && isAlive(pid) && commandLineOf(pid).includes('postgres')) {
      throw new Error(
        `A PostgreSQL server (pid ${pid}) is running on ${clusterDir}; stop what started it ` +
          '(`npm start`, `npm run dev`, a migration) before restoring.',
      )
    }
  }
  if (hasEntries(clusterDir)) refuseExisting(`${clusterDir} already holds a database.`, force)
}

async function refuseOverDatabase(databaseUrl: string, force: boolean) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    )
    if (Number(rows[0].n) > 0) {
      refuseExisting(`The database at DATABASE_URL already has tables (${rows[0].n}).`, force)
    }
  } finally {
    await client.end()
  }
}

async function restoreCluster(
  manifest: Manifest,
  staging: string,
  dataDir: string,
  say: (message: string) => void,
) {
  const clusterDir = path.join(dataDir, ARCHIVE_LAYOUT.cluster)
  const stagedCluster = path.join(staging, ARCHIVE_LAYOUT.cluster)
  const user = serverUser()
  if (user) chownTree(stagedCluster, user.uid, user.gid)
  // PostgreSQL refuses a data directory others can read.
  fs.chmodSync(stagedCluster, 0o700)

  // First start where it was unpacked: PostgreSQL reads backup_label and replays the WAL to the
  // point the backup ended; only a copy that comes up consistent replaces anything.
  say('Starting PostgreSQL on the copy (it replays the WAL up to the end of the backup)...')
  await verifyCluster(stagedCluster, manifest, dataDir)
  say(
    `The restored database is consistent (latest migration: ${manifest.database.latestMigration ?? 'none'}).`,
  )

  if (hasEntries(clusterDir)) moveAside(clusterDir, say)
  fs.rmSync(clusterDir, { recursive: true, force: true })
  fs.renameSync(stagedCluster, clusterDir)
  // PostgreSQL's account of the replay, where the site's server keeps its log (DATA_DIR/postgres.log).
  fs.appendFileSync(`${clusterDir}.log`, fs.readFileSync(`${stagedCluster}.log`, 'utf8'))
  // The password goes with the cluster: only its hash is inside the copy.
  fs.renameSync(
    path.join(staging, ARCHIVE_LAYOUT.clusterPassword),
    path.join(dataDir, ARCHIVE_LAYOUT.clusterPassword),
  )
  putFilesInPlace(staging, dataDir, say)
}

/** Starts PostgreSQL on `clusterDir`, checks the site's migrations are there, stops it cleanly. */
async function verifyCluster(clusterDir: string, manifest: Manifest, dataDir: string) {
  const server = new LocalPostgres({
    dataDir: clusterDir,
    port: await findFreePort(),
    say: () => {},
  })
  try {
    await server.start()
    const client = new pg.Client({ connectionString: server.url(manifest.database.name) })
    await client.connect()
    try {
      await expectLatestMigration(
        client,
        manifest,
        'The archive is damaged: in the restored database',
      )
    } finally {
      await client.end()
    }
  } catch (error) {
    // The staging directory goes; PostgreSQL's account of what went wrong must not.
    const log = path.join(dataDir, 'restore-failed.log')
    if (fs.existsSync(server.logFile)) fs.copyFileSync(server.logFile, log)
    throw new Error(`${(error as Error).message}\nNothing was replaced. PostgreSQL's log: ${log}`)
  } finally {
    // A clean shutdown: the next start (npm start) has no recovery left to do.
    await server.stop()
  }
}

async function restoreDump(
  manifest: Manifest,
  staging: string,
  dataDir: string,
  databaseUrl: string,
  say: (message: string) => void,
) {
  const dumpMajor = Number(/\(PostgreSQL\)\s+(\d+)/.exec(manifest.database.dumpTool ?? '')?.[1])
  const tool = findTool(
    'pg_restore',
    dumpMajor || Math.floor(manifest.database.serverVersionNum / 10_000),
    `the archive was written by ${manifest.database.dumpTool ?? 'an unknown pg_dump'}`,
  )
  say(`Restoring the database with ${tool.path} (${tool.version})...`)
  const { dbname, env } = libpqConnection(databaseUrl)
  let output = ''
  const code = await run(
    tool.path,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      // All or nothing: a failure halfway leaves the database as it was.
      '--single-transaction',
      '--exit-on-error',
      '--no-password',
      `--dbname=${dbname}`,
      path.join(staging, ARCHIVE_LAYOUT.dump),
    ],
    { env, quiet: true, onOutput: (chunk) => (output += chunk) },
  )
  if (code !== 0) throw new Error(`pg_restore failed (exit ${code}):\n${output.trim()}`)

  const check = new pg.Client({ connectionString: databaseUrl })
  await check.connect()
  try {
    await expectLatestMigration(check, manifest, 'After pg_restore')
  } finally {
    await check.end()
  }
  putFilesInPlace(staging, dataDir, say)
}

/** The uploads and the generated secret, from the unpacked archive into DATA_DIR. */
function putFilesInPlace(staging: string, dataDir: string, say: (message: string) => void) {
  const media = path.join(dataDir, ARCHIVE_LAYOUT.media)
  if (hasEntries(media)) moveAside(media, say)
  // An empty folder, if any: nothing to keep.
  fs.rmSync(media, { recursive: true, force: true })
  fs.renameSync(path.join(staging, ARCHIVE_LAYOUT.media), media)
  // API keys are encrypted with PAYLOAD_SECRET: the generated one goes with the data.
  const secret = path.join(staging, ARCHIVE_LAYOUT.secret)
  if (fs.existsSync(secret)) {
    fs.renameSync(secret, path.join(dataDir, ARCHIVE_LAYOUT.secret))
  }
}

function chownTree(dir: string, uid: number, gid: number) {
  fs.chownSync(dir, uid, gid)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name)
    if (entry.isDirectory()) chownTree(child, uid, gid)
    else fs.lchownSync(child, uid, gid)
  }
}
