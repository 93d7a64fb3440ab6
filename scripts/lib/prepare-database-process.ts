/**
 * Prepares the database in a process of its own (scripts/lib/prepare-database-main.ts), with
 * the environment given: `npm start`, `npm run dev`, `npm run migrate`/`seed`, the Docker build
 * and the tests all go through here. Run again when loading the configuration stalled
 * (scripts/lib/config-stall.ts). Flags: --seed for the demo content.
 */
import { runAgainIfStalled, STALL_GUARD } from './config-stall'
import { run } from './processes'

const main = new URL('./prepare-database-main.ts', import.meta.url).pathname

export async function prepareDatabaseInProcess(
  flags: string[],
  options: Parameters<typeof run>[2] = {},
): Promise<number> {
  return runAgainIfStalled('migrate', () =>
    run(process.execPath, ['--import', 'tsx', '--import', STALL_GUARD, main, ...flags], options),
  )
}
