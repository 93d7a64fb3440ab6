/**
 * A known fault and its one remedy. Under load, Node 20 with tsx's module hooks has been seen to
 * leave the dynamic import of the Payload configuration unsettled with nothing left running, so
 * the process simply ended (exit 13 from our scripts' top-level await, a silent exit 0 from the
 * Payload CLI). Nothing has been done at that point, so the step is safe to run again.
 *
 * The database preparation, the jobs worker and the Payload CLI (through STALL_GUARD) exit with
 * STOPPED_BEFORE_WORK when it happens; runAgainIfStalled runs such a step again (twice at most),
 * saying why.
 */

/** The exit code of a process that stopped before touching anything (safe to run again). */
const STOPPED_BEFORE_WORK = 75

/** Preload it (`node --import STALL_GUARD …`) into a process that loads the configuration. */
export const STALL_GUARD = new URL('./config-stall-guard.mjs', import.meta.url).href

const ATTEMPTS = 3

export async function runAgainIfStalled(
  label: string,
  runOnce: () => Promise<number>,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const code = await runOnce()
    if (code !== STOPPED_BEFORE_WORK || attempt === ATTEMPTS) return code
    console.warn(`[${label}] Loading the configuration stalled (attempt ${attempt}); trying again.`)
  }
}
