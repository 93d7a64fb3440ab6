import { prepareDatabaseInProcess } from '../../scripts/lib/prepare-database-process'

import { TEST_PAYLOAD_SECRET } from './test-database'

/** Applies the committed migrations to `url` the way `npm start` does (scripts/lib/prepare-database-main.ts). */
export async function migrateDatabase(url: string) {
  let output = ''
  const code = await prepareDatabaseInProcess([], {
    env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: TEST_PAYLOAD_SECRET },
    quiet: true,
    onOutput: (chunk) => (output += chunk),
  })
  if (code !== 0) throw new Error(`migrating the test database failed (exit ${code}):\n${output}`)
}
