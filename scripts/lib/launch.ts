/**
 * What `npm start` and `npm run dev` share, so that each entry says only what differs: one
 * launcher per data directory (the lock), the runtime (embedded PostgreSQL, supervised, and the
 * mail catcher), the database prepared in a process of its own, the web server spawned in its own
 * process group, and one shutdown in order on Ctrl-C, SIGTERM, a failed step or a server that
 * stopped by itself.
 */
import { type ChildProcess, spawn } from 'node:child_process'

import { LauncherLock } from './launcher-lock'
import { prepareDatabaseInProcess } from './prepare-database-process'
import { exited, terminate } from './processes'
import { prepareRuntime, readConfigOrExit, type Runtime } from './runtime'

/** What an entry gets to do its own part with. */
export type Launch = {
  say: (message: string) => void
  runtime: Runtime
  /** The runtime's environment with NODE_ENV set, for every child. */
  env: NodeJS.ProcessEnv
  /** True once stopping has begun. */
  stopping: () => boolean
  /** Hand a step's child process (a build) here, so that stopping stops it too. */
  onSpawn: (child: ChildProcess) => void
  /** Migrations and the idempotent seed; resolves with the exit code. */
  prepareDatabase: () => Promise<number>
  /**
   * Spawns a server process (its own process group: Ctrl-C reaches the launcher first). Its exit
   * stops everything, unless `onExit` says what to do instead (one replica of several).
   */
  serve: (command: string, args: string[], options?: ServeOptions) => ChildProcess
  /** Something the entry started itself (a cache, a proxy), stopped after the servers. */
  onStop: (stop: () => Promise<void>) => void
  /** Records a process the entry started itself, so a later launcher can clean up after a kill. */
  recordChild: (name: string, pid: number | undefined) => void
  /** Stops everything in order and exits with `code`. */
  shutdown: (code: number) => Promise<void>
}

export type ServeOptions = {
  /** Added to the environment of this process only. */
  env?: Record<string, string>
  /** What it is, in the lock file's list of children. */
  name?: string
  onExit?: (code: number) => void
}

export type LaunchEntry = {
  /** The prefix of the launcher's own lines: `[start] …`. */
  name: string
  nodeEnv: 'development' | 'production'
  /** Say each step of stopping (the web server, PostgreSQL, "Stopped."). */
  narrateStop: boolean
  /** The exit code to stop with when the web server exits by itself (and what to say then). */
  serverExited: (code: number, say: (message: string) => void) => number
  run: (launch: Launch) => Promise<void>
}

/** Takes the data directory's lock, or says who holds it and exits 1. */
async function acquireLock(say: (message: string) => void, name: string) {
  const lock = new LauncherLock(readConfigOrExit().DATA_DIR)
  try {
    await lock.acquire(say)
  } catch (error) {
    console.error(`[${name}] ${(error as Error).message}`)
    process.exit(1)
  }
  return lock
}

export async function launch(entry: LaunchEntry) {
  const say = (message: string) => console.log(`[${entry.name}] ${message}`)
  const narrate = entry.narrateStop ? say : () => {}
  const lock = await acquireLock(say, entry.name)
  const runtime = await prepareRuntime({ supervise: true, mailCatcher: true })
  lock.recordChild('mail catcher', runtime.mailCatcher?.pid)
  const env: NodeJS.ProcessEnv = { ...runtime.env, NODE_ENV: entry.nodeEnv }
  const servers: ChildProcess[] = []
  const stops: (() => Promise<void>)[] = []
  /** The step running now (migrations, build), stopped too on Ctrl-C. */
  let step: ChildProcess | undefined
  let stopping = false

  async function shutdown(code: number) {
    if (stopping) return
    stopping = true
    runtime.prepareToStop()
    if (step?.pid && step.exitCode === null) await terminate(step.pid, 'SIGTERM', 10_000)
    if (servers.length > 0) {
      narrate(servers.length > 1 ? 'Stopping the servers...' : 'Stopping the web server...')
      await Promise.all(
        servers.map((child) => child.pid && terminate(child.pid, 'SIGTERM', 10_000)),
      )
    }
    for (const stop of stops.reverse()) await stop().catch(() => undefined)
    if (runtime.embedded) narrate('Stopping PostgreSQL...')
    await runtime.stop()
    lock.release()
    narrate('Stopped.')
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(Number(process.exitCode ?? 0)))

  const onSpawn = (child: ChildProcess) => {
    step = child
  }
  const serve = (command: string, args: string[], options: ServeOptions = {}) => {
    const child = spawn(command, args, {
      env: { ...env, ...options.env },
      stdio: 'inherit',
      detached: true,
    })
    servers.push(child)
    lock.recordChild(options.name ?? 'web server', child.pid)
    void exited(child).then((code) => {
      if (stopping) return
      if (options.onExit) options.onExit(code)
      else void shutdown(entry.serverExited(code, say))
    })
    return child
  }
  await entry
    .run({
      say,
      runtime,
      env,
      stopping: () => stopping,
      onSpawn,
      prepareDatabase: () => prepareDatabaseInProcess(['--seed'], { env, onSpawn }),
      serve,
      onStop: (stop) => stops.push(stop),
      recordChild: (name, pid) => lock.recordChild(name, pid),
      shutdown,
    })
    .catch(async (error: Error) => {
      console.error(`[${entry.name}] ${error.message}`)
      await shutdown(1)
    })
}
