import type { TestProject } from 'vitest/node'

import { migrateDatabase } from './migrate-database'
import { createTestDatabase } from './test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string
  }
}

/**
 * One fresh database for the integration run, migrated once; each test file then gets its own
 * copy of it (tests/helpers/int-setup.ts), so files never see each other's data. Dropped at the end.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('int')
  await migrateDatabase(database.url)
  project.provide('templateDatabaseUrl', database.url)
  return () => database.close()
}
