/**
 * A consistent copy of a running PostgreSQL cluster without stopping it, with PostgreSQL's
 * low-level base backup API ("Making a Base Backup Using the Low Level API" in its manual). The
 * embedded PostgreSQL ships no pg_dump or pg_basebackup, and no other client on the machine can
 * read a PostgreSQL 18 server; a file copy needs nothing but the server itself.
 *
 * 1. A temporary physical replication slot, so that no checkpoint during the copy recycles the
 *    WAL the copy needs (pg_basebackup does the same).
 * 2. `pg_backup_start(fast => true)`: a checkpoint now; full-page writes forced until the stop.
 * 3. The data directory is copied while the site keeps writing: files may be torn or change
 *    under the copy; replaying the WAL from the backup's checkpoint repairs every page.
 * 4. `pg_backup_stop()` in the same session ends it and switches to a new WAL segment, so the
 *    last segment needed is complete; its `labelfile` becomes the copy's backup_label, which
 *    tells the restored server where replay must start and that it must reach the stop point.
 * 5. The WAL segments from the start through the stop go into the copy's pg_wal: with them the
 *    copy is self-contained (no WAL archive), like `pg_basebackup -X stream`.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/** Directories whose contents are rebuilt at start and must not be copied (the manual's list). */
const SKIP_CONTENTS = new Set([
  'pg_wal', // copied separately, only the segments the backup needs
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
])

/** Files of the running server, or of an older backup, that a copy must not carry. */
const SKIP_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'backup_label.old',
  'tablespace_map.old',
  // Relation cache files: rebuilt at start, and the manual says they may be left out.
  'pg_internal.init',
])

const isTemporary = (name: string) => name.startsWith('pgsql_tmp')

export type BaseBackupResult = { startLsn: string; stopLsn: string; walSegments: string[] }

/**
 * Copies the cluster in `clusterDir`, served by the server at `url` (a superuser connection), into
 * `target` (created). The server keeps serving throughout.
 */
export async function onlineBaseBackup(
  url: string,
  clusterDir: string,
  target: string,
): Promise<BaseBackupResult> {
  assertNoTablespaces(clusterDir)
  const client = new pg.Client({ connectionString: url })
  // A server that goes away mid-copy fails the next query; without a listener it would also
  // crash the process before anything is cleaned up.
  client.on('error', () => {})
  await client.connect()
  const slot = `site_backup_${process.pid}_${crypto.randomBytes(3).toString('hex')}`
  let started = false
  try {
    // Temporary: dropped by the server when this session ends, however it ends.
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [slot])
    const { rows: start } = await client.query<{ lsn: string }>(
      'select pg_backup_start($1, fast => true)::text as lsn',
      [`npm run backup ${new Date().toISOString()}`],
    )
    started = true
    fs.mkdirSync(target, { recursive: true, mode: 0o700 })
    await copyTree(clusterDir, target, '')
    const { rows: stop } = await client.query<{
      lsn: string
      labelfile: string
      spcmapfile: string | null
    }>(
      'select lsn::text as lsn, labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)',
    )
    started = false
    const { lsn: stopLsn, labelfile, spcmapfile } = stop[0]
    fs.writeFileSync(path.join(target, 'backup_label'), labelfile, { mode: 0o600 })
    if (spcmapfile)
      fs.writeFileSync(path.join(target, 'tablespace_map'), spcmapfile, { mode: 0o600 })
    const walSegments = await copyWal(client, clusterDir, target, labelfile, stopLsn)
    return { startLsn: start[0].lsn, stopLsn, walSegments }
  } finally {
    // A copy that failed halfway must not leave the server in backup mode (the session's end
    // would abort it too; this says so sooner).
    if (started) await client.query('select pg_backup_stop(false)').catch(() => {})
    await client.end().catch(() => {})
  }
}

function assertNoTablespaces(clusterDir: string) {
  const dir = path.join(clusterDir, 'pg_tblspc')
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new Error(
      `${clusterDir} has tablespaces outside its data directory (pg_tblspc); this backup copies ` +
        'the data directory only.',
    )
  }
}

/** Copies `from/rel` into `to/rel`, skipping what the manual says to skip. */
async function copyTree(from: string, to: string, rel: string): Promise<void> {
  let entries: fs.Dirent[]
  try {
    entries = await fs.promises.readdir(path.join(from, rel), { withFileTypes: true })
  } catch (error) {
    // A directory dropped while we copy (a dropped database): its WAL records drop it again.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  for (const entry of entries) {
    const child = path.join(rel, entry.name)
    if (isTemporary(entry.name)) continue
    if (entry.isDirectory()) {
      await fs.promises.mkdir(path.join(to, child), { recursive: true, mode: 0o700 })
      // The directory itself stays (the server expects it); its contents do not.
      if (rel === '' && SKIP_CONTENTS.has(entry.name)) continue
      await copyTree(from, to, child)
    } else if (entry.isFile()) {
      if (SKIP_FILES.has(entry.name)) continue
      try {
        await fs.promises.copyFile(path.join(from, child), path.join(to, child))
      } catch (error) {
        // Removed since we listed it (a dropped table, a finished temp file): replay agrees.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
  }
}

/** pg_wal file names: timeline, then the segment number in two 8-hex-digit halves. */
const SEGMENT = /^([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})$/

/**
 * Copies the WAL segments from the backup's start (named in its label) through the one holding
 * the stop point, and the timeline history files; checks that none is missing.
 */
async function copyWal(
  client: pg.Client,
  clusterDir: string,
  target: string,
  labelfile: string,
  stopLsn: string,
) {
  const startFile = /^START WAL LOCATION: .* \(file ([0-9A-F]{24})\)$/m.exec(labelfile)?.[1]
  if (!startFile) throw new Error(`Unexpected backup label from PostgreSQL:\n${labelfile}`)
  // pg_walfile_name gives the segment holding the byte before `lsn`: the last one written to.
  const { rows } = await client.query<{ stop: string; size: string }>(
    `select pg_walfile_name($1::pg_lsn) as stop,
            current_setting('wal_segment_size', false) as size`,
    [stopLsn],
  )
  const stopFile = rows[0].stop
  const segmentsPerId = 0x1_0000_0000 / sizeInBytes(rows[0].size)
  const number = (name: string) => {
    const [, , high, low] = SEGMENT.exec(name)!
    return parseInt(high, 16) * segmentsPerId + parseInt(low, 16)
  }
  const timeline = startFile.slice(0, 8)
  const wanted: string[] = []
  for (let n = number(startFile); n <= number(stopFile); n++) {
    const high = Math.floor(n / segmentsPerId)
    const low = n % segmentsPerId
    wanted.push(
      `${timeline}${high.toString(16).toUpperCase().padStart(8, '0')}${low.toString(16).toUpperCase().padStart(8, '0')}`,
    )
  }
  const source = path.join(clusterDir, 'pg_wal')
  const destination = path.join(target, 'pg_wal')
  fs.mkdirSync(destination, { recursive: true, mode: 0o700 })
  // archive_status/ and summaries/: the server would make them, but an empty copy says what is meant.
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    if (entry.isDirectory()) fs.mkdirSync(path.join(destination, entry.name), { mode: 0o700 })
  }
  for (const name of wanted) {
    try {
      await fs.promises.copyFile(path.join(source, name), path.join(destination, name))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      throw new Error(
        `WAL segment ${name}, needed to make the copy consistent, is gone from ${source}; ` +
          'the backup cannot be completed. Run it again.',
      )
    }
  }
  for (const name of fs.readdirSync(source)) {
    if (name.endsWith('.history'))
      fs.copyFileSync(path.join(source, name), path.join(destination, name))
  }
  return wanted
}

/** '16MB' → 16777216 (how PostgreSQL shows wal_segment_size). */
function sizeInBytes(setting: string): number {
  const match = /^(\d+)\s*(B|kB|MB|GB)?$/.exec(setting.trim())
  if (!match) throw new Error(`Unexpected wal_segment_size: ${setting}`)
  const unit = { B: 1, kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[match[2] ?? 'B'] ?? 1
  return Number(match[1]) * unit
}
