/**
 * `next build` timed, with the peak memory of its whole process tree: the build runs in a process
 * group of its own, and /proc is read every POLL_MS for the summed RSS of every process in that
 * group (Next's static-generation workers are separate processes, so the build's own peak RSS —
 * what `/usr/bin/time` reports — would miss most of it). Its output goes to a log file; the
 * pages it pre-rendered are read from its "Generating static pages (n/n)" line.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { nextBin } from '../lib/processes'

import { log } from './settings'

const POLL_MS = 200
const PAGE_BYTES = 4096

export type BuildFigures = {
  /** What the database held: e.g. "demo content (5 articles)". */
  label: string
  articles: number
  ms: number
  peakRssBytes: number
  /** From Next's "Generating static pages (n/n) in …"; null when it printed none. */
  staticPages: number | null
  staticMs: number | null
  /** From Next's "Compiled successfully in …". */
  compileMs: number | null
}

/** Next prints durations as "56s", "1.2min" or "840ms". */
function durationMs(amount: string, unit: string): number {
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000
  return Math.round(Number(amount) * factor)
}

/** What Next said about its steps: the pages pre-rendered and how long that and compiling took. */
function steps(text: string) {
  const generated = [
    ...text.matchAll(/Generating static pages[^(]*\(\d+\/(\d+)\)(?: in ([\d.]+)(ms|s|min))?/g),
  ]
  const last = generated.at(-1)
  const compiled = /Compiled successfully in ([\d.]+)(ms|s|min)/.exec(text)
  return {
    staticPages: last ? Number(last[1]) : null,
    staticMs: last?.[2] ? durationMs(last[2], last[3]) : null,
    compileMs: compiled ? durationMs(compiled[1], compiled[2]) : null,
  }
}

/** RSS of every process in process group `group`, from /proc/<pid>/stat. */
function groupRss(group: number): number {
  let pages = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // gone meanwhile
    }
    // The command name may hold spaces and parentheses: the fields start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // fields[0] is field 3 of proc(5) (state): pgrp is field 5, rss (in pages) field 24.
    if (Number(fields[2]) === group) pages += Number(fields[21])
  }
  return pages * PAGE_BYTES
}

let running: ChildProcess | undefined

/** Stops a build still running (Ctrl-C, a failed run): the whole group, workers included. */
export function stopBuild() {
  if (running?.pid && running.exitCode === null) {
    try {
      process.kill(-running.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

export async function timedBuild(
  env: NodeJS.ProcessEnv,
  label: string,
  articles: number,
  logFile: string,
): Promise<BuildFigures> {
  log(`next build with ${label}...`)
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const output = fs.createWriteStream(logFile)
  let text = ''
  const startedAt = performance.now()
  const child = spawn(process.execPath, [nextBin(), 'build'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running = child
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output.write(chunk)
      text += chunk.toString()
    })
  }
  let peakRssBytes = 0
  const timer = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, groupRss(child.pid!))
  }, POLL_MS)
  const code = await new Promise<number>((resolve) =>
    child.once('exit', (exitCode) => resolve(exitCode ?? 1)),
  )
  clearInterval(timer)
  const ms = Math.round(performance.now() - startedAt)
  output.end()
  running = undefined
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); see ${logFile}.`)
  log(`Built in ${(ms / 1000).toFixed(1)} s; its output is in ${logFile}.`)
  return { label, articles, ms, peakRssBytes, ...steps(text) }
}
