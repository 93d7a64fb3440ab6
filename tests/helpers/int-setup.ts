import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { afterAll, inject } from 'vitest'

import { tmpRoot } from '../../scripts/lib/scratch'

import { TEST_PAYLOAD_SECRET } from './test-database'

// This file's own database: a copy of the run's migrated template, dropped when the file is done.
const template = new URL(inject('templateDatabaseUrl'))
const templateName = template.pathname.slice(1)
const name = `${templateName}_${crypto.randomBytes(4).toString('hex')}`.slice(0, 63)
const server = new URL(template)
server.pathname = '/postgres'

const admin = new pg.Client({ connectionString: server.toString() })
await admin.connect()
await admin.query(`create database "${name}" template "${templateName}"`)
await admin.end()

const own = new URL(template)
own.pathname = `/${name}`
// Before anything imports the Payload config: the app reads these through src/lib/env.ts.
process.env.DATABASE_URL = own.toString()
process.env.PAYLOAD_SECRET = TEST_PAYLOAD_SECRET
// Tests run queued jobs themselves, when they choose to.
process.env.JOBS_AUTORUN = 'false'
// Uploads go to a directory of this file's own, never the dev data.
const dataDir = path.join(tmpRoot, name)
process.env.DATA_DIR = dataDir

afterAll(async () => {
  const client = new pg.Client({ connectionString: server.toString() })
  await client.connect()
  await client.query(`drop database if exists "${name}" with (force)`)
  await client.end()
  fs.rmSync(dataDir, { recursive: true, force: true })
})
