/**
 * The machine's load average over a run: other work on these 2 cores skews every figure, and the
 * long modes (a build, replicas) make some of their own; so the start, the highest 1-minute value
 * seen (sampled every SAMPLE_MS) and the end are reported, not only the start.
 */
import os from 'node:os'

const SAMPLE_MS = 5_000

export type LoadAverage = { start: number[]; highest1m: number; end: number[] }

const now = () => os.loadavg().map((value) => Number(value.toFixed(2)))

export function sampleLoadAverage() {
  const start = now()
  let highest1m = start[0]
  const timer = setInterval(() => (highest1m = Math.max(highest1m, now()[0])), SAMPLE_MS)
  timer.unref()
  return {
    stop(): LoadAverage {
      clearInterval(timer)
      const end = now()
      return { start, highest1m: Math.max(highest1m, end[0]), end }
    },
  }
}
