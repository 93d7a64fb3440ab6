/**
 * One launcher per data directory. The lock file records the launcher and its Next server, so a
 * run that was killed with -9 (which leaves both children behind) is cleaned up by the next one.
 */
import fs from 'node:fs'
import path from 'node:path'

import { commandLineOf, isAlive, terminate } from './processes'

/** The command lines of what the launchers start: servers, the mail catcher, the replicas' worker, Redis and Varnish. */
const STARTED_BY_LAUNCHER = /next|scripts\/server|scripts\/jobs|maildev|redis-server|varnishd/

type LockState = { launcherPid: number; children?: Record<string, number> }

export class LauncherLock {
  private readonly file: string
  private state: LockState

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'launcher.json')
    this.state = { launcherPid: process.pid }
  }

  /** Fails if another live launcher owns the directory; stops a server an earlier one left. */
  async acquire(say: (message: string) => void) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const previous = this.read()
    if (previous && previous.launcherPid !== process.pid && isAlive(previous.launcherPid)) {
      throw new Error(
        `Another launcher (pid ${previous.launcherPid}) is already running on this data directory. ` +
          'Stop it first (Ctrl-C in its terminal, or `kill ' +
          previous.launcherPid +
          '`).',
      )
    }
    for (const [name, pid] of Object.entries(previous?.children ?? {})) {
      // Only what a launcher starts (a reused pid is left alone).
      if (!isAlive(pid) || !STARTED_BY_LAUNCHER.test(commandLineOf(pid))) continue
      say(
        `Found the ${name} (pid ${pid}) of an earlier run that did not stop cleanly; stopping it.`,
      )
      await terminate(pid, 'SIGTERM', 10_000)
    }
    this.write()
  }

  /** Remembers a child process, so that a run killed with -9 can have it stopped next time. */
  recordChild(name: string, pid: number | undefined) {
    if (!pid) return
    this.state.children = { ...this.state.children, [name]: pid }
    this.write()
  }

  release() {
    const current = this.read()
    if (current?.launcherPid === process.pid) fs.rmSync(this.file, { force: true })
  }

  private read(): LockState | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')) as LockState
    } catch {
      return undefined
    }
  }

  private write() {
    fs.writeFileSync(this.file, JSON.stringify(this.state, null, 2))
  }
}
