/**
 * /api/health against a PostgreSQL of this file's own, so the test can stop it: 200 while it
 * answers, 503 once it is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrateDatabase } from '../helpers/migrate-database'
import { startEmbeddedPostgres } from '../helpers/test-database'

let database: Awaited<ReturnType<typeof startEmbeddedPostgres>>
let GET: () => Promise<Response>

beforeAll(async () => {
  database = await startEmbeddedPostgres('health')
  await migrateDatabase(database.url)
  process.env.DATABASE_URL = database.url
  ;({ GET } = await import('@/app/(site)/api/health/route'))
})

afterAll(async () => {
  await database?.close()
})

describe('GET /api/health', () => {
  it('answers 200 with db ok while PostgreSQL answers', async () => {
    const response = await GET()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: 'ok',
      db: 'ok',
      cache: 'none',
      storage: 'local',
    })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('answers 503 promptly when PostgreSQL is stopped', async () => {
    await database.server.stop()
    const started = Date.now()
    const response = await GET()
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({
      status: 'error',
      db: 'down',
      cache: 'none',
      storage: 'local',
    })
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
