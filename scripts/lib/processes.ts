import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()
  } catch {
    return ''
  }
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Polls `url` until it answers 2xx. False when `gaveUp()` turns true first; throws after
 * `timeoutMs` with `what` in the message.
 */
export async function waitForHttpOk(
  url: string,
  options: { timeoutMs: number; what: string; gaveUp?: () => boolean },
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs
  while (Date.now() < deadline) {
    if (options.gaveUp?.()) return false
    try {
      if ((await fetch(url)).ok) return true
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error(`${options.what} did not answer ${url} within ${options.timeoutMs / 1000} s.`)
}

/** Waits until `pid` has exited; false if it is still there after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true
    await sleep(100)
  }
  return !isAlive(pid)
}

/** Sends `signal`, then SIGKILL if the process is still there after `graceMs`. */
export async function terminate(pid: number, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000) {
  if (!isAlive(pid)) return
  try {
    process.kill(pid, signal)
  } catch {
    return
  }
  if (await waitForExit(pid, graceMs)) return
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // already gone
  }
  await waitForExit(pid, 2_000)
}

/**
 * Runs a command to completion; resolves with its exit code. Its output is shown unless
 * `quiet`, and handed to `onOutput` when given.
 */
export function run(
  command: string,
  args: string[],
  options: SpawnOptions & {
    onOutput?: (chunk: string) => void
    quiet?: boolean
    onSpawn?: (child: ChildProcess) => void
  } = {},
): Promise<number> {
  const { onOutput, quiet = false, onSpawn, ...spawnOptions } = options
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: onOutput || quiet ? ['inherit', 'pipe', 'pipe'] : 'inherit',
      ...spawnOptions,
    })
    onSpawn?.(child)
    for (const [stream, target] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      stream?.on('data', (chunk: Buffer) => {
        if (!quiet) target.write(chunk)
        onOutput?.(chunk.toString())
      })
    }
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      // A child killed by a signal prints nothing itself: say so, or the failure is silent.
      if (signal) process.stderr.write(`${[command, ...args].join(' ')} was stopped by ${signal}\n`)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
}

/** The Next.js CLI, run with this Node directly (no npx in between to swallow signals). */
export function nextBin(): string {
  return createRequire(import.meta.url).resolve('next/dist/bin/next')
}
