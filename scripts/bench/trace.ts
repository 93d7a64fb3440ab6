/**
 * The browser's main-thread work on a page, from a Chrome trace rather than Lighthouse (which
 * needs a run of ~15 s per page and, in its current versions, Node 22): a phone-sized window
 * (390×844), the CPU slowed 4× as Lighthouse's mobile run does, a cold cache (a new context each
 * time), traced from navigation until the load event and 1 s more.
 *
 * From the trace: the renderer main thread is the one that painted the page's first contentful
 * paint; its work is the sum of its top-level tasks (`RunTask`, or `ThreadControllerImpl::RunTask`
 * on builds that only record that one) from navigation on; Total Blocking Time is, over the
 * tasks after first contentful paint, the sum of what each runs beyond 50 ms (a task that began
 * before that paint counts from it, as Lighthouse does), until the end of the trace.
 */
import { type Browser, chromium } from '@playwright/test'

import { chromiumExecutable } from '../lib/chromium'

export type MainThread = {
  mainThreadMs: number
  totalBlockingTimeMs: number
  firstContentfulPaintMs: number | null
  longTasks: number
}

type TraceEvent = {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: { frame?: string; name?: string; data?: { frames?: { frame: string; parent?: string }[] } }
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'loading',
  'blink.user_timing',
]
const CPU_SLOWDOWN = 4
const IDLE_AFTER_LOAD_MS = 1_000
const LONG_TASK_MS = 50

export async function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable() })
}

export async function traceMainThread(browser: Browser, url: string): Promise<MainThread> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await browser.startTracing(page, { categories: CATEGORIES })
    let trace: Buffer
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: 90_000 })
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()} in the browser.`)
      await page.waitForTimeout(IDLE_AFTER_LOAD_MS)
    } finally {
      trace = await browser.stopTracing()
    }
    const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }
    return mainThreadWork(traceEvents)
  } finally {
    await context.close()
  }
}

/** The page's main frame, as the trace names it when tracing began. */
function mainFrameId(events: TraceEvent[]): string | undefined {
  const started = events.find((event) => event.name === 'TracingStartedInBrowser')
  return started?.args?.data?.frames?.find((frame) => !frame.parent)?.frame
}

export function mainThreadWork(events: TraceEvent[]): MainThread {
  const frame = mainFrameId(events)
  const ofFrame = (event: TraceEvent) => frame === undefined || event.args?.frame === frame
  const byTime = events.toSorted((a, b) => a.ts - b.ts)
  const paint = byTime.find((event) => event.name === 'firstContentfulPaint' && ofFrame(event))
  if (!paint) throw new Error('The trace has no first contentful paint of the page.')
  const onThread = (event: TraceEvent) => event.pid === paint.pid && event.tid === paint.tid
  const navigation = byTime.find(
    (event) => event.name === 'navigationStart' && onThread(event) && ofFrame(event),
  )
  const from = navigation?.ts ?? 0

  const complete = byTime.filter((event) => event.ph === 'X' && onThread(event) && event.dur)
  const named = (name: string) => complete.filter((event) => event.name === name)
  const runTasks = named('RunTask').length
    ? named('RunTask')
    : named('ThreadControllerImpl::RunTask')
  let mainThreadUs = 0
  let blockingUs = 0
  let longTasks = 0
  let topLevelEnd = -Infinity
  for (const task of runTasks) {
    const end = task.ts + task.dur!
    if (task.ts < topLevelEnd || end <= from) continue // nested in the previous task, or before
    topLevelEnd = end
    mainThreadUs += end - Math.max(task.ts, from)
    if (end <= paint.ts) continue
    const afterPaint = end - Math.max(task.ts, paint.ts)
    if (afterPaint > LONG_TASK_MS * 1000) {
      blockingUs += afterPaint - LONG_TASK_MS * 1000
      longTasks += 1
    }
  }
  return {
    mainThreadMs: mainThreadUs / 1000,
    totalBlockingTimeMs: blockingUs / 1000,
    firstContentfulPaintMs: navigation ? (paint.ts - navigation.ts) / 1000 : null,
    longTasks,
  }
}
