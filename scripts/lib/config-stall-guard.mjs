/**
 * Preloaded into the Payload CLI (`node --import`, by scripts/payload-cli.ts). The CLI ends every
 * command with process.exit(), so a process that reaches 'beforeExit' was left with its work
 * unsettled: the configuration-loading stall of scripts/lib/config-stall.ts. It then exits with
 * that file's STOPPED_BEFORE_WORK (75) instead of a silent 0, so that it is run again.
 */
process.once('beforeExit', () => process.exit(75))
