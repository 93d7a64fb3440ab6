/**
 * A fresh, empty database for one test run, never the dev data: a new database on the server at
 * TEST_DATABASE_URL when that is given, otherwise a throwaway embedded PostgreSQL under .tmp/.
 * `close()` drops (or stops and deletes) it.
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { LocalPostgres } from '../../scripts/lib/local-postgres'
import { findFreePort } from '../../scripts/lib/ports'
import { tmpRoot, uniqueName } from '../../scripts/lib/scratch'
import { getTestEnv } from '../../src/lib/env'

export type TestDatabase = { url: string; close: () => Promise<void> }

export const TEST_PAYLOAD_SECRET = 'test-secret-for-the-test-suite-only-0123456789'

/** An embedded PostgreSQL of its own (for tests that stop or kill the server). */
export async function startEmbeddedPostgres(label: string) {
  const dir = path.join(tmpRoot, uniqueName(label))
  const server = new LocalPostgres({
    dataDir: path.join(dir, 'postgres'),
    port: await findFreePort(),
    say: () => {},
  })
  await server.start()
  await server.ensureDatabase('test')
  return {
    server,
    url: server.url('test'),
    close: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const { TEST_DATABASE_URL } = getTestEnv()
  if (!TEST_DATABASE_URL) return startEmbeddedPostgres(label)

  const name = uniqueName(label)
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await admin.connect()
  await admin.query(`create database ${admin.escapeIdentifier(name)}`)
  await admin.end()
  const url = new URL(TEST_DATABASE_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    close: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
      await client.connect()
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`)
      await client.end()
    },
  }
}
