import type { TestProject } from 'vitest/node'

import { migrateDatabase } from './migrate-database'
import { createTestDatabase, TEST_PAYLOAD_SECRET } from './test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/** One fresh, migrated database for the integration run; dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('int')
  await migrateDatabase(database.url)
  project.provide('databaseUrl', database.url)
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = TEST_PAYLOAD_SECRET
  return () => database.close()
}
