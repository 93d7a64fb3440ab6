/**
 * The body of `npm run migrate` and `npm run seed`: applies the committed migrations, checks that
 * every one of them is recorded as run (the Payload CLI has been seen to exit 0 without
 * migrating), then, when asked, the idempotent demo-content seed. Uses DATABASE_URL, or the
 * embedded PostgreSQL when that is unset. Ends the process with its exit code.
 *
 * The work runs in `main()`, not in top-level awaits: a step whose promise never settles (once,
 * under load, the process exited 13, "unsettled top-level await", with no word of which step)
 * now ends the process naming the step it was waiting on: STOPPED_BEFORE_WORK when that was
 * loading the configuration (nothing done yet; scripts/lib/config-stall.ts), else 3.
 */
import { STOPPED_BEFORE_WORK } from './config-stall'
import { prepareRuntime } from './runtime'

const LOADING = 'loading the Payload configuration'

export function runDatabaseScript(options: { seed: boolean; quiet: boolean }) {
  let step = 'reading the configuration'

  process.once('beforeExit', () => {
    console.error(
      `Database preparation stopped while ${step}: nothing was left running to finish it.`,
    )
    // Before the configuration loaded, nothing has touched the database: safe to run again.
    process.exit(step === LOADING ? STOPPED_BEFORE_WORK : 3)
  })

  async function main(): Promise<number> {
    const runtime = await prepareRuntime({ supervise: false, quiet: options.quiet })
    Object.assign(process.env, runtime.env)
    try {
      step = LOADING
      const { prepareDatabase } = await import('./prepare-database')
      await prepareDatabase({ seed: options.seed, onStep: (name) => (step = name) })
      return 0
    } catch (error) {
      console.error(`Database preparation failed: ${(error as Error).message}`)
      return 1
    } finally {
      step = 'stopping'
      await runtime.stop()
    }
  }

  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`Database preparation failed: ${error.message}`)
      process.exit(1)
    },
  )
}
