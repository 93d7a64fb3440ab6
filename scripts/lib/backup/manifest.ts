/**
 * What an archive of `npm run backup` says about itself (manifest.json at its root), so that
 * `npm run restore` can refuse an archive it does not understand, or one meant for the other kind
 * of database, before it touches anything.
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/** Bumped when the layout of the archive changes in a way an older restore would misread. */
export const FORMAT_VERSION = 1

export const MANIFEST_FILE = 'manifest.json'

/** Where things sit inside an archive (the same names as in DATA_DIR, so restoring is moving). */
export const ARCHIVE_LAYOUT = {
  /** Embedded: the copy of the PostgreSQL data directory, with backup_label and its WAL. */
  cluster: 'postgres',
  /** Embedded: the password of the cluster's `postgres` user (only its hash is in the copy). */
  clusterPassword: 'postgres.password',
  /** External: `pg_dump -Fc` of the site's database. */
  dump: 'database.dump',
  /** The uploads (DATA_DIR/media). */
  media: 'media',
  /** The generated PAYLOAD_SECRET, when DATA_DIR holds one (API keys are encrypted with it). */
  secret: 'payload-secret',
} as const

export type DatabaseKind = 'embedded' | 'external'

export type Manifest = {
  format: 'consultancy-site-backup'
  formatVersion: number
  createdAt: string
  database: {
    kind: DatabaseKind
    /** The database the site uses on that server (`consultancy` for `npm start`). */
    name: string
    serverVersion: string
    serverVersionNum: number
    /** The site's latest applied migration: what the restored site expects to find. */
    latestMigration: string | null
    /** External: the pg_dump that wrote database.dump, e.g. "pg_dump (PostgreSQL) 15.20". */
    dumpTool?: string
  }
  media: { files: number; bytes: number }
}

/** The server's version and the site's latest applied migration, read over `client`. */
export async function describeDatabase(client: pg.Client) {
  const { rows } = await client.query<{ version: string; num: string; name: string }>(
    `select current_setting('server_version') as version,
            current_setting('server_version_num') as num,
            current_database() as name`,
  )
  return {
    name: rows[0].name,
    serverVersion: rows[0].version,
    serverVersionNum: Number(rows[0].num),
    latestMigration: await latestMigration(client),
  }
}

/** Null on a database that has never been migrated. */
export async function latestMigration(client: pg.Client): Promise<string | null> {
  const { rows: table } = await client.query(`select to_regclass('payload_migrations') as t`)
  if (!table[0].t) return null
  // Payload records schema pushes as batch -1 "dev": not a migration.
  const { rows } = await client.query<{ name: string }>(
    `select name from payload_migrations where batch >= 0 order by batch desc, name desc limit 1`,
  )
  return rows[0]?.name ?? null
}

/**
 * Checks a restored database holds what the archive says it does (its latest migration); throws
 * `${what} …` otherwise.
 */
export async function expectLatestMigration(client: pg.Client, manifest: Manifest, what: string) {
  const found = await latestMigration(client)
  const expected = manifest.database.latestMigration
  if (found !== expected) {
    throw new Error(`${what} the latest migration is ${found}, the archive says ${expected}.`)
  }
}

/** `20261126T190000Z`: a UTC time for file names (archives, folders moved aside). */
export function fileStamp(date = new Date()) {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

export function writeManifest(dir: string, manifest: Manifest) {
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
}

/** Parses and checks manifest.json text; throws in plain words when it is not ours. */
export function parseManifest(text: string, archive: string): Manifest {
  let manifest: Manifest
  try {
    manifest = JSON.parse(text) as Manifest
  } catch {
    throw new Error(`${archive} has no readable ${MANIFEST_FILE}: is it a backup of this site?`)
  }
  if (manifest.format !== 'consultancy-site-backup') {
    throw new Error(`${archive} is not a backup made by \`npm run backup\`.`)
  }
  if (manifest.formatVersion > FORMAT_VERSION) {
    throw new Error(
      `${archive} was written in backup format ${manifest.formatVersion}; this version of the ` +
        `site reads format ${FORMAT_VERSION} and older. Restore it with a newer checkout.`,
    )
  }
  return manifest
}
