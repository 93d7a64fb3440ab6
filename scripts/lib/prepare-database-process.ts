/**
 * Runs scripts/migrate.ts (migrations, verification, optionally the seed) in a process of its
 * own, as `npm start`, `npm run dev`, the Docker build and the tests do.
 *
 * Under load, Node 20 with tsx's module hooks has been seen to leave the dynamic import of the
 * Payload configuration unsettled with nothing left running, so the process ended ("exit 13",
 * unsettled top-level await). migrate.ts now says so and exits with STOPPED_BEFORE_WORK; nothing
 * was done at that point, so it is run again (twice at most), saying why.
 */
import { run } from './processes'

/** migrate.ts's exit code when it stopped before touching the database (safe to run again). */
export const STOPPED_BEFORE_WORK = 75

export async function prepareDatabaseInProcess(
  flags: string[],
  options: Parameters<typeof run>[2] = {},
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const code = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/migrate.ts', ...flags],
      options,
    )
    if (code !== STOPPED_BEFORE_WORK || attempt === 3) return code
    console.warn(`[migrate] Loading the configuration stalled (attempt ${attempt}); trying again.`)
  }
}
