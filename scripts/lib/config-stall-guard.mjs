/**
 * Preloaded (`node --import`) into the Payload CLI (scripts/payload-cli.ts), the database
 * preparation (scripts/lib/prepare-database-process.ts), the jobs worker (scripts/jobs.ts) and the
 * bench's dashboard worker (scripts/bench/dashboard-worker.ts).
 * Each ends with process.exit(), so a process that reaches 'beforeExit' was left with its work unsettled. Before the script's own
 * code runs, that is the configuration-loading stall of scripts/lib/config-stall.ts: exit with
 * that file's STOPPED_BEFORE_WORK (75) instead of a silent 0, so that it is run again. A script
 * that got past loading registers its own 'beforeExit' report, and that one answers instead.
 */
process.once('beforeExit', () => {
  if (process.listenerCount('beforeExit') === 0) process.exit(75)
})
