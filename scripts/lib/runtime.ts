/**
 * What `npm start`, `npm run dev` and the Payload CLI wrapper share: read the configuration,
 * bring up the embedded PostgreSQL when no DATABASE_URL is given, fill in the local defaults,
 * and hand back the environment for the app's processes.
 */
import fs from 'node:fs'
import path from 'node:path'

import { EnvError, getLauncherEnv, type LauncherEnv } from '../../src/lib/env'

import { LocalPostgres, stopStaleServer } from './local-postgres'
import { type MailCatcher, runningMailCatcher, startMailCatcher } from './mail-catcher'
import { findFreePort } from './ports'
import { isAlive } from './processes'
import { readOrCreateSecret } from './secret'

const EMBEDDED_DATABASE_NAME = 'consultancy'

export type Runtime = {
  config: LauncherEnv
  /** Environment for child processes: DATABASE_URL and PAYLOAD_SECRET always set. */
  env: NodeJS.ProcessEnv
  embedded: LocalPostgres | undefined
  /** The local mail inbox, when SMTP_URL is unset and one was asked for. */
  mailCatcher: MailCatcher | undefined
  /** Marks the coming database exit as expected (no supervisor restart). */
  prepareToStop: () => void
  stop: () => Promise<void>
}

export function readConfigOrExit(): LauncherEnv {
  // Values already in the environment win over the file, as with Next's own .env loading.
  if (fs.existsSync('.env')) process.loadEnvFile('.env')
  try {
    return getLauncherEnv()
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

/** The pid of a live launcher (`npm start` / `npm run dev`) on this data directory, if any. */
export function runningLauncher(dataDir: string): number | undefined {
  try {
    const { launcherPid } = JSON.parse(fs.readFileSync(path.join(dataDir, 'launcher.json'), 'utf8'))
    return typeof launcherPid === 'number' && isAlive(launcherPid) ? launcherPid : undefined
  } catch {
    return undefined
  }
}

function readPreferredPort(file: string): number | undefined {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { port?: number }).port
  } catch {
    return undefined
  }
}

/** The embedded PostgreSQL's database of the `npm start` running on `dataDir` (the bench's too). */
export function embeddedDatabaseUrl(dataDir: string): string {
  const port = readPreferredPort(path.join(dataDir, 'postgres.json'))
  const password = fs.readFileSync(path.join(dataDir, 'postgres.password'), 'utf8').trim()
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`
}

export async function prepareRuntime(options: {
  supervise: boolean
  quiet?: boolean
  mailCatcher?: boolean
}): Promise<Runtime> {
  const config = readConfigOrExit()
  fs.mkdirSync(config.DATA_DIR, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_URL: config.SITE_URL,
    PORT: String(config.PORT),
    HOST: config.HOST,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: config.PAYLOAD_SECRET ?? readOrCreateSecret(config.DATA_DIR),
  }

  const mailCatcher =
    options.mailCatcher && !config.SMTP_URL ? await startMailCatcher(config.DATA_DIR) : undefined
  if (mailCatcher) env.SMTP_URL = mailCatcher.smtpUrl
  const stopMail = async () => {
    await mailCatcher?.stop()
  }
  /** A database someone else runs: nothing of ours to stop but the mail catcher. */
  const elsewhere = (): Runtime => ({
    config,
    env,
    embedded: undefined,
    mailCatcher,
    prepareToStop: () => {},
    stop: stopMail,
  })

  if (config.DATABASE_URL) {
    env.DATABASE_URL = config.DATABASE_URL
    const where = new URL(config.DATABASE_URL)
    if (!options.quiet)
      console.log(
        `Database: PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} (DATABASE_URL)`,
      )
    return elsewhere()
  }

  const stateFile = path.join(config.DATA_DIR, 'postgres.json')
  const dataDir = path.join(config.DATA_DIR, 'postgres')
  const say = (message: string) => console.log(`[database] ${message}`)

  // `npm run migrate`, `seed`, `jobs` or the Payload CLI while `npm start` runs: use its database.
  const running = runningLauncher(config.DATA_DIR)
  if (running && running !== process.pid) {
    env.DATABASE_URL = embeddedDatabaseUrl(config.DATA_DIR)
    if (!config.SMTP_URL && !mailCatcher)
      env.SMTP_URL = runningMailCatcher(config.DATA_DIR)?.smtpUrl
    if (!options.quiet)
      console.log(`Database: the embedded PostgreSQL of the running site (launcher pid ${running})`)
    return elsewhere()
  }
  // First, so that its port is free again for us.
  await stopStaleServer(dataDir, say)
  const port = await findFreePort('127.0.0.1', readPreferredPort(stateFile))
  const embedded = new LocalPostgres({
    dataDir,
    port,
    supervise: options.supervise,
    say,
  })
  const startedAt = Date.now()
  await embedded.start()
  await embedded.ensureDatabase(EMBEDDED_DATABASE_NAME)
  fs.writeFileSync(stateFile, JSON.stringify({ port }, null, 2))
  env.DATABASE_URL = embedded.url(EMBEDDED_DATABASE_NAME)
  console.log(
    `Database: embedded PostgreSQL on 127.0.0.1:${port}, data in ${path.relative(process.cwd(), embedded.dataDir) || embedded.dataDir} ` +
      `(ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
  )
  return {
    config,
    env,
    embedded,
    mailCatcher,
    prepareToStop: () => embedded.prepareToStop(),
    stop: async () => {
      await stopMail()
      await embedded.stop()
    },
  }
}
