/**
 * `npm run migrate`: applies the committed migrations and checks that every one of them is
 * recorded as run (the Payload CLI has been seen to exit 0 without migrating). With --seed it then
 * runs the idempotent demo-content seed (`npm run seed`). Uses DATABASE_URL, or the embedded
 * PostgreSQL when that is unset.
 */
import { prepareRuntime } from './lib/runtime'

const withSeed = process.argv.includes('--seed')
const runtime = await prepareRuntime({ supervise: false, quiet: process.argv.includes('--quiet') })
Object.assign(process.env, runtime.env)

let exitCode = 0
try {
  const { prepareDatabase } = await import('./lib/prepare-database')
  await prepareDatabase({ seed: withSeed })
} catch (error) {
  console.error(`Database preparation failed: ${(error as Error).message}`)
  exitCode = 1
} finally {
  await runtime.stop()
}
process.exit(exitCode)
