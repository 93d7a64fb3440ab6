/**
 * `npm run backup` / `npm run restore` (scripts/lib/backup/). The default path, the embedded
 * PostgreSQL: a backup taken while leads keep arriving, restored into a fresh data directory,
 * holds every lead committed before the backup began, the articles and the uploads byte for byte,
 * and the restored cluster replayed its WAL to a consistent state (its log says so, and amcheck
 * finds every index in agreement with its table). Then the refusals: a running site, a running
 * server, a data directory that already holds a database. The DATABASE_URL path (pg_dump /
 * pg_restore) runs against the machine's PostgreSQL when it and a fitting pg_dump are there.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup } from '../../scripts/lib/backup/create-backup'
import { latestMigration } from '../../scripts/lib/backup/manifest'
import { findTools } from '../../scripts/lib/backup/pg-tools'
import { restoreBackup } from '../../scripts/lib/backup/restore-backup'
import { LocalPostgres } from '../../scripts/lib/local-postgres'
import { findFreePort } from '../../scripts/lib/ports'
import { sleep } from '../../scripts/lib/processes'
import { tmpRoot, uniqueName } from '../../scripts/lib/scratch'
import { doc, h2, p } from '@/seed/lexical'

import { migrateDatabase } from '../helpers/migrate-database'
import { testPayload } from '../helpers/payload'
import { startEmbeddedPostgres } from '../helpers/test-database'

let source: Awaited<ReturnType<typeof startEmbeddedPostgres>>
let payload: Payload
/** Archives and restore targets of this file. */
const work = path.join(tmpRoot, uniqueName('backup_work'))

beforeAll(async () => {
  source = await startEmbeddedPostgres('backup')
  await migrateDatabase(source.url)
  process.env.DATABASE_URL = source.url
  process.env.SMTP_URL = ''
  payload = await testPayload()
  fs.mkdirSync(work, { recursive: true })
})

afterAll(async () => {
  await source?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

const context = { disableRevalidate: true }

const createLead = (n: number) =>
  payload.create({
    collection: 'leads',
    data: {
      name: `Backup Prospect ${n}`,
      email: `backup-${n}-${crypto.randomUUID()}@example.com`,
      projectType: 'new-product',
      message: 'We need a backend that survives a bad day.',
      language: 'en',
      preferredContact: 'email',
      consentAt: new Date().toISOString(),
    } as never,
    depth: 0,
    context,
  })

/** Every btree index of the database checked against its table (all heap tuples indexed). */
async function amcheckAll(client: pg.Client) {
  await client.query('create extension if not exists amcheck')
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name, bt_index_check(c.oid, true)
       from pg_index i
       join pg_class c on c.oid = i.indexrelid
       join pg_am am on am.oid = c.relam
      where am.amname = 'btree' and c.relpersistence = 'p' and i.indisvalid`,
  )
  return rows.length
}

describe('backup of the embedded PostgreSQL while leads keep arriving', () => {
  it('restores into a fresh data directory with the leads, articles and uploads', async () => {
    const sourceRoot = path.dirname(source.server.dataDir)
    const articles = await Promise.all(
      ['Backups That Restore', 'Write-Ahead Logs, Briefly'].map((title) =>
        payload.create({
          collection: 'articles',
          data: {
            title,
            description: 'A test article.',
            body: doc(h2('Intro'), p('Words.')) as never,
            _status: 'published',
          } as never,
          context,
        }),
      ),
    )
    const image = crypto.randomBytes(256 * 1024)
    fs.mkdirSync(path.join(sourceRoot, 'media', 'nested'), { recursive: true })
    fs.writeFileSync(path.join(sourceRoot, 'media', 'nested', 'portrait.png'), image)

    // Submissions keep arriving before, during and after the backup.
    const committed: number[] = []
    let stop = false
    const arrivals = (async () => {
      for (let n = 0; !stop; n++) {
        committed.push((await createLead(n)).id as number)
        // A busy form, not a flood: the machine is shared, and the backup needs its share.
        await sleep(10)
      }
    })()
    try {
      while (committed.length < 5) await sleep(20)
      // Each of these has been committed: payload.create resolves after its transaction.
      const before = [...committed]
      const archive = path.join(work, 'embedded.tar.gz')
      const manifest = await createBackup(
        { dataDir: sourceRoot, databaseUrl: source.url, kind: 'embedded' },
        archive,
      )
      const duringBackup = committed.length - before.length
      stop = true
      await arrivals

      expect(manifest.database).toMatchObject({ kind: 'embedded', name: 'test' })
      expect(manifest.database.serverVersionNum).toBeGreaterThanOrEqual(180000)
      expect(manifest.database.latestMigration).toMatch(/^\d{8}_\d{6}_\w+$/)
      expect(manifest.media).toEqual({ files: 1, bytes: image.length })
      // Not a timing assertion: only that the loop ran on while the backup was taken.
      console.log(`leads committed before the backup: ${before.length}, during it: ${duringBackup}`)

      const target = path.join(work, 'restored')
      await restoreBackup(archive, { dataDir: target, force: false })

      // The first start replayed the WAL from the backup's checkpoint to its end.
      const log = fs.readFileSync(path.join(target, 'postgres.log'), 'utf8')
      expect(log).toMatch(/starting backup recovery with redo LSN/)
      expect(log).toMatch(/consistent recovery state reached/)
      expect(fs.readFileSync(path.join(target, 'media', 'nested', 'portrait.png'))).toEqual(image)

      const restored = new LocalPostgres({
        dataDir: path.join(target, 'postgres'),
        port: await findFreePort(),
        say: () => {},
      })
      await restored.start()
      try {
        const client = new pg.Client({ connectionString: restored.url('test') })
        await client.connect()
        try {
          const leads = (await client.query<{ id: number }>('select id from leads')).rows.map(
            (row) => row.id,
          )
          expect(new Set(leads).size).toBe(leads.length)
          expect(leads).toEqual(expect.arrayContaining(before))
          const titles = (
            await client.query<{ title: string }>(
              `select l.title from articles a join articles_locales l on l._parent_id = a.id
                where a.id = any($1::int[])`,
              [articles.map((article) => article.id)],
            )
          ).rows.map((row) => row.title)
          expect(titles.sort()).toEqual(['Backups That Restore', 'Write-Ahead Logs, Briefly'])
          expect(await latestMigration(client)).toBe(manifest.database.latestMigration)
          expect(await amcheckAll(client)).toBeGreaterThan(50)
        } finally {
          await client.end()
        }

        // Never over a running server, even with --force.
        await expect(restoreBackup(archive, { dataDir: target, force: true })).rejects.toThrow(
          /A PostgreSQL server \(pid \d+\) is running/,
        )
      } finally {
        await restored.stop()
      }

      // Never over a database already there, unless --force.
      await expect(restoreBackup(archive, { dataDir: target, force: false })).rejects.toThrow(
        /already holds a database.*--force/,
      )
      // Never while the site runs on the data directory (this process stands in for its launcher).
      fs.writeFileSync(
        path.join(target, 'launcher.json'),
        JSON.stringify({ launcherPid: process.pid }),
      )
      await expect(restoreBackup(archive, { dataDir: target, force: true })).rejects.toThrow(
        /The site is running on/,
      )
    } finally {
      stop = true
      await arrivals.catch(() => {})
    }
  })
})

/** Why the DATABASE_URL path cannot be tried here, or undefined when it can. */
async function externalUnavailable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 })
  client.on('error', () => {})
  let major: number
  try {
    await client.connect()
    const { rows } = await client.query<{ n: string }>(
      `select current_setting('server_version_num') as n`,
    )
    major = Math.floor(Number(rows[0].n) / 10_000)
  } catch {
    return 'no PostgreSQL server at 127.0.0.1:5432 (user postgres, trust)'
  } finally {
    await client.end().catch(() => {})
  }
  for (const tool of ['pg_dump', 'pg_restore'] as const) {
    if (!findTools(tool).some((found) => found.major >= major)) {
      return `no ${tool} of PostgreSQL ${major} or newer on this machine`
    }
  }
  return undefined
}

const EXTERNAL = 'postgres://postgres@127.0.0.1:5432/postgres'
const externalReason = await externalUnavailable(EXTERNAL)

describe.skipIf(externalReason !== undefined)(
  `backup with DATABASE_URL (pg_dump / pg_restore)${externalReason ? `: skipped, ${externalReason}` : ''}`,
  () => {
    const names = { from: uniqueName('backup_from'), to: uniqueName('backup_to') }
    const urlOf = (name: string) => EXTERNAL.replace(/\/postgres$/, `/${name}`)

    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: EXTERNAL })
      await client.connect()
      try {
        await client.query(sql)
      } finally {
        await client.end()
      }
    }

    beforeAll(async () => {
      await admin(`create database ${names.from}`)
      await admin(`create database ${names.to}`)
    })

    afterAll(async () => {
      for (const name of Object.values(names)) {
        await admin(`drop database if exists ${name} with (force)`).catch(() => {})
      }
    })

    it('dumps with pg_dump and restores with pg_restore, uploads included', async () => {
      // The site's migrations record (what the manifest reads) and a table of rows: pg_dump and
      // pg_restore are PostgreSQL's own tools, the site's full schema adds nothing but time here.
      const client = new pg.Client({ connectionString: urlOf(names.from) })
      await client.connect()
      await client.query(
        `create table payload_migrations (id serial primary key, name varchar, batch numeric,
           updated_at timestamptz default now(), created_at timestamptz default now())`,
      )
      await client.query(
        `insert into payload_migrations (name, batch) values ('dev', -1), ('20260101_000000_first', 1),
           ('20260102_000000_second', 2)`,
      )
      await client.query('create table backup_marker (id int primary key, note text)')
      await client.query(
        `insert into backup_marker select n, 'row ' || n from generate_series(1, 100) n`,
      )
      await client.end()
      const from = path.join(work, 'external-from')
      const image = crypto.randomBytes(64 * 1024)
      fs.mkdirSync(path.join(from, 'media'), { recursive: true })
      fs.writeFileSync(path.join(from, 'media', 'logo.png'), image)

      const archive = path.join(work, 'external.tar.gz')
      const manifest = await createBackup(
        { dataDir: from, databaseUrl: urlOf(names.from), kind: 'external' },
        archive,
      )
      expect(manifest.database).toMatchObject({
        kind: 'external',
        latestMigration: '20260102_000000_second',
      })
      expect(manifest.database.dumpTool).toMatch(/^pg_dump \(PostgreSQL\) \d+/)

      const to = path.join(work, 'external-to')
      await restoreBackup(archive, { dataDir: to, databaseUrl: urlOf(names.to), force: false })
      const check = new pg.Client({ connectionString: urlOf(names.to) })
      await check.connect()
      try {
        const { rows } = await check.query<{ n: string }>('select count(*) as n from backup_marker')
        expect(Number(rows[0].n)).toBe(100)
        expect(await latestMigration(check)).toBe(manifest.database.latestMigration)
      } finally {
        await check.end()
      }
      expect(fs.readFileSync(path.join(to, 'media', 'logo.png'))).toEqual(image)

      await expect(
        restoreBackup(archive, { dataDir: to, databaseUrl: urlOf(names.to), force: false }),
      ).rejects.toThrow(/already has tables.*--force/)
      // A pg_dump archive restores only into the database at DATABASE_URL.
      await expect(restoreBackup(archive, { dataDir: to, force: false })).rejects.toThrow(
        /set DATABASE_URL/,
      )
    })
  },
)

describe('backup with DATABASE_URL when no fitting pg_dump is installed', () => {
  const newest = Math.max(0, ...findTools('pg_dump').map((tool) => tool.major))
  it.skipIf(newest >= 18)(
    `says exactly what is missing (a PostgreSQL 18 server; newest pg_dump here: ${newest || 'none'})`,
    async () => {
      await expect(
        createBackup(
          { dataDir: path.join(work, 'no-tool'), databaseUrl: source.url, kind: 'external' },
          path.join(work, 'no-tool.tar.gz'),
        ),
      ).rejects.toThrow(/No pg_dump for PostgreSQL 18 on this machine.*postgresql-client-18/s)
      expect(fs.existsSync(path.join(work, 'no-tool.tar.gz'))).toBe(false)
    },
  )
})
