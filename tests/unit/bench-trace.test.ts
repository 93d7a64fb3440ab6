/**
 * The bench's reading of a Chrome trace (scripts/bench/trace.ts): which thread is the page's,
 * which tasks count once, and what Total Blocking Time adds up, on a trace small enough to check
 * by hand.
 */
import { describe, expect, it } from 'vitest'

import { mainThreadWork } from '../../scripts/bench/trace'

const frame = 'F1'
const started = {
  name: 'TracingStartedInBrowser',
  ph: 'I',
  pid: 1,
  tid: 1,
  ts: 0,
  args: { data: { frames: [{ frame }] } },
}
const mark = (name: string, ts: number, pid = 2) => ({
  name,
  ph: 'R',
  pid,
  tid: 7,
  ts,
  args: { frame },
})
const task = (ts: number, ms: number, name = 'RunTask', pid = 2) => ({
  name,
  ph: 'X',
  pid,
  tid: 7,
  ts,
  dur: ms * 1000,
})

describe('mainThreadWork', () => {
  it('sums top-level tasks from navigation and counts blocking time after the first paint', () => {
    const figures = mainThreadWork([
      started,
      mark('navigationStart', 1_000_000),
      mark('firstContentfulPaint', 1_300_000),
      task(900_000, 20), // before navigation: not counted
      task(1_000_000, 120), // before the paint: work, not blocking
      task(1_010_000, 30), // nested in the previous task: not counted twice
      task(1_250_000, 110), // straddles the paint: 60 ms after it, 10 ms blocking
      task(1_500_000, 200), // 150 ms blocking
      task(1_800_000, 40), // short
      task(1_500_000, 999, 'RunTask', 3), // another process
    ])
    expect(figures.mainThreadMs).toBe(120 + 110 + 200 + 40)
    expect(figures.totalBlockingTimeMs).toBe(10 + 150)
    expect(figures.longTasks).toBe(2)
    expect(figures.firstContentfulPaintMs).toBe(300)
  })

  it('falls back to the thread controller tasks when the trace has no RunTask', () => {
    const figures = mainThreadWork([
      started,
      mark('navigationStart', 0),
      mark('firstContentfulPaint', 10),
      task(100, 80, 'ThreadControllerImpl::RunTask'),
    ])
    expect(figures.mainThreadMs).toBe(80)
    expect(figures.totalBlockingTimeMs).toBe(30)
  })

  it('says so when the page never painted', () => {
    expect(() => mainThreadWork([started, task(0, 10)])).toThrow(/first contentful paint/)
  })
})
