/**
 * One side of `npm run bench -- --against <ref>`: a checkout's own `npm start` in its folder, on a
 * free port with a fresh data directory (embedded PostgreSQL, demo content), ready when its
 * /api/health answers. An older commit's launcher prints other lines than today's, so its health
 * URL is what counts, never its output. `npm start` runs `sh -c node ...`, and a signal to npm
 * alone would not reach the launcher behind the shell: the whole is started in a process group
 * of its own and stopped as a group (SIGTERM, as a service manager would, then SIGKILL after a
 * minute), the way Ctrl-C reaches it in a terminal.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { findFreePorts } from '../lib/ports'
import { isAlive, sleep, terminate, waitForHttpOk } from '../lib/processes'
import { tmpRoot, uniqueName } from '../lib/scratch'

const STOP_GRACE_MS = 60_000

/** This process's environment without what the outer `npm run` and a configured site put there. */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  const dropped = ['INIT_CWD', 'NODE_ENV', 'DATABASE_URL', 'REDIS_URL', 'SMTP_URL']
  for (const key of Object.keys(env)) {
    if (key.toLowerCase().startsWith('npm_') || dropped.includes(key)) delete env[key]
  }
  return env
}

const groupAlive = (pid: number) => isAlive(-pid)

export class SideServer {
  private child: ChildProcess | undefined
  private output = ''
  private stopping: Promise<void> | undefined
  readonly dataDir: string

  private constructor(
    readonly label: string,
    readonly cwd: string,
    readonly port: number,
  ) {
    this.dataDir = path.join(tmpRoot, uniqueName(`against-data-${label}`))
  }

  /** One server per side, on ports that differ (asked for together). */
  static async pair(cwds: { then: string; now: string }) {
    const [thenPort, nowPort] = await findFreePorts(2)
    return {
      then: new SideServer('then', cwds.then, thenPort),
      now: new SideServer('now', cwds.now, nowPort),
    }
  }

  get url() {
    return `http://127.0.0.1:${this.port}`
  }

  get logFile() {
    return path.join(tmpRoot, `bench-against-${this.label}.log`)
  }

  async start(timeoutMs: number) {
    const env: NodeJS.ProcessEnv = {
      ...childEnv(),
      PORT: String(this.port),
      HOST: '127.0.0.1',
      SITE_URL: this.url,
      DATA_DIR: this.dataDir,
      NEXT_TELEMETRY_DISABLED: '1',
    }
    const child = spawn('npm', ['start'], {
      cwd: this.cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    child.stdout?.on('data', (chunk) => (this.output += chunk))
    child.stderr?.on('data', (chunk) => (this.output += chunk))
    const up = await waitForHttpOk(`${this.url}/api/health`, {
      timeoutMs,
      what: `npm start in ${this.cwd}`,
      gaveUp: () => child.exitCode !== null || child.signalCode !== null,
    })
    if (!up) {
      const tail = this.output.trim().split('\n').slice(-30).join('\n')
      throw new Error(
        `npm start in ${this.cwd} exited (code ${child.exitCode}) before it answered:\n${tail}`,
      )
    }
  }

  /** Stops the whole process group (once), keeps the output in a log file, deletes the data. */
  stop(): Promise<void> {
    return (this.stopping ??= this.stopOnce())
  }

  private async stopOnce() {
    const pid = this.child?.pid
    if (pid !== undefined && groupAlive(pid)) {
      try {
        process.kill(-pid, 'SIGTERM')
      } catch {
        // gone meanwhile
      }
      const deadline = Date.now() + STOP_GRACE_MS
      while (groupAlive(pid) && Date.now() < deadline) await sleep(200)
      if (groupAlive(pid)) {
        try {
          process.kill(-pid, 'SIGKILL')
        } catch {
          // gone meanwhile
        }
      }
    }
    // A launcher killed before it stopped PostgreSQL leaves it running on the data directory.
    const postmaster = path.join(this.dataDir, 'postgres', 'postmaster.pid')
    if (fs.existsSync(postmaster)) {
      const postgresPid = Number(fs.readFileSync(postmaster, 'utf8').split('\n')[0])
      if (postgresPid && isAlive(postgresPid)) await terminate(postgresPid, 'SIGINT', 10_000)
    }
    fs.mkdirSync(tmpRoot, { recursive: true })
    fs.writeFileSync(this.logFile, this.output)
    fs.rmSync(this.dataDir, { recursive: true, force: true })
  }
}
