/**
 * Runs scripts/migrate.ts (migrations, verification, optionally the seed) in a process of its
 * own, as `npm start`, `npm run dev`, the Docker build and the tests do; again when loading the
 * configuration stalled (scripts/lib/config-stall.ts).
 */
import { runAgainIfStalled } from './config-stall'
import { run } from './processes'

export async function prepareDatabaseInProcess(
  flags: string[],
  options: Parameters<typeof run>[2] = {},
): Promise<number> {
  return runAgainIfStalled('migrate', () =>
    run(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts', ...flags], options),
  )
}
