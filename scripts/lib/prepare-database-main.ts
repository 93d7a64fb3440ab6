/**
 * The process scripts/lib/prepare-database-process.ts starts: applies the committed migrations
 * (and, with --seed, the demo content) with the database its environment names, then exits
 * with 0, or 1 when it failed.
 *
 * Loading the Payload configuration is the static imports below; if that stalls, the preloaded
 * config-stall-guard exits with STOPPED_BEFORE_WORK and the step is run again. Past that, a
 * step whose promise never settles ends the process with 3, naming the step it was waiting on.
 */
import { prepareDatabase } from './prepare-database'

let step = 'starting'
process.once('beforeExit', () => {
  console.error(
    `Database preparation stopped while ${step}: nothing was left running to finish it.`,
  )
  process.exit(3)
})

prepareDatabase({ seed: process.argv.includes('--seed'), onStep: (name) => (step = name) }).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`Database preparation failed: ${error.message}`)
    process.exit(1)
  },
)
