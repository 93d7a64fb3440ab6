/**
 * Drives `npm start` (scripts/start.ts) from outside, as a person would: start it, read it, stop
 * it. For the benchmark and the tests that run a site of their own.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { findFreePort } from './ports'
import { sleep, waitForExit } from './processes'
import { tmpRoot, uniqueName } from './scratch'

/** Which launcher: `npm start` (the default), or `npm run start:replicas -- --replicas N`. */
export type LauncherScript = { file: string; args: string[]; name: string }

const START: LauncherScript = { file: 'scripts/start.ts', args: [], name: 'start' }

export const replicasScript = (replicas: number): LauncherScript => ({
  file: 'scripts/start-replicas.ts',
  args: ['--replicas', String(replicas)],
  name: 'replicas',
})

export class Launcher {
  private child: ChildProcess | undefined
  private log = ''
  readonly dataDir: string

  private constructor(
    readonly port: number,
    private readonly extraEnv: Record<string, string>,
    private readonly script: LauncherScript,
  ) {
    this.dataDir = path.join(tmpRoot, uniqueName('launcher'))
  }

  static async create(extraEnv: Record<string, string> = {}, script: LauncherScript = START) {
    return new Launcher(await findFreePort(), extraEnv, script)
  }

  get url() {
    return `http://127.0.0.1:${this.port}`
  }

  get output() {
    return this.log
  }

  /** The value of a `  Label: value` line the launcher printed (its addresses). */
  printed(label: string): string {
    const line = this.log.split('\n').find((text) => text.trim().startsWith(`${label}:`))
    if (!line) throw new Error(`${this.script.file} printed no "${label}:" line.`)
    return line.slice(line.indexOf(':') + 1).trim()
  }

  /** The servers behind the proxy, when started by `npm run start:replicas`. */
  replicaUrls(): string[] {
    return this.printed('Replicas')
      .split(',')
      .map((url) => url.trim())
  }

  get pid() {
    return this.child?.pid
  }

  /** Starts `npm start` and waits for its "Ready" line. */
  async start(timeoutMs = 120_000) {
    this.log = ''
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      SITE_URL: this.url,
      DATA_DIR: this.dataDir,
      ...this.extraEnv,
    }
    if (!('DATABASE_URL' in this.extraEnv)) delete env.DATABASE_URL
    const child = spawn(process.execPath, ['--import', 'tsx', this.script.file, ...this.script.args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    child.stdout?.on('data', (chunk) => (this.log += chunk))
    child.stderr?.on('data', (chunk) => (this.log += chunk))
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (this.log.includes(`[${this.script.name}] Ready in`)) return
      if (child.exitCode !== null) break
      await sleep(100)
    }
    throw new Error(`${this.script.file} did not become ready:\n${this.log}`)
  }

  /** Sends a signal and waits for the launcher to exit; resolves with its exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child
    if (!child?.pid || child.exitCode !== null) return child?.exitCode ?? null
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    )
    child.kill(signal)
    if (signal === 'SIGKILL') {
      await waitForExit(child.pid, 5_000)
      return null
    }
    return exited
  }

  /** The pid PostgreSQL wrote into its data directory, if it is running. */
  postgresPid(): number | undefined {
    const file = path.join(this.dataDir, 'postgres', 'postmaster.pid')
    if (!fs.existsSync(file)) return undefined
    return Number(fs.readFileSync(file, 'utf8').split('\n')[0]) || undefined
  }

  cleanup() {
    fs.rmSync(this.dataDir, { recursive: true, force: true })
  }
}
