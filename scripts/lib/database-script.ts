/**
 * The body of `npm run migrate` and `npm run seed`: with DATABASE_URL, or the embedded
 * PostgreSQL when that is unset (or the one of the `npm start` running on this data directory),
 * prepares the database in a process of its own (scripts/lib/prepare-database-process.ts) that
 * gets the environment it needs, applies the committed migrations, checks that every one of them
 * is recorded as run and, when asked, the idempotent demo-content seed. Ends the process with the
 * exit code of that work.
 */
import { prepareDatabaseInProcess } from './prepare-database-process'
import { prepareRuntime } from './runtime'

export async function runDatabaseScript(options: { seed: boolean; quiet: boolean }) {
  const runtime = await prepareRuntime({ supervise: false, quiet: options.quiet })
  let code = 1
  try {
    code = await prepareDatabaseInProcess(options.seed ? ['--seed'] : [], { env: runtime.env })
  } finally {
    await runtime.stop()
  }
  process.exit(code)
}
