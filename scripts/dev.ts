/**
 * `npm run dev`: the embedded PostgreSQL (unless DATABASE_URL is set), migrations and seed, then
 * `next dev` with hot reload, behind the same edge as production (scripts/server.ts --dev). Schema changes go through `npm run migrate:create -- <name>`.
 */
import { spawn } from 'node:child_process'

import { prepareDatabaseInProcess } from './lib/prepare-database-process'
import { exited, terminate } from './lib/processes'
import { LauncherLock } from './lib/launcher-lock'
import { prepareRuntime, readConfigOrExit } from './lib/runtime'

const lock = new LauncherLock(readConfigOrExit().DATA_DIR)
try {
  await lock.acquire((message) => console.log(`[dev] ${message}`))
} catch (error) {
  console.error(`[dev] ${(error as Error).message}`)
  process.exit(1)
}
const runtime = await prepareRuntime({ supervise: true, mailCatcher: true })
lock.recordChild('mail catcher', runtime.mailCatcher?.pid)
const { config } = runtime
const env: NodeJS.ProcessEnv = { ...runtime.env, NODE_ENV: 'development' }
const running: { server?: ReturnType<typeof spawn> } = {}
let stopping = false

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  runtime.prepareToStop()
  if (running.server?.pid) await terminate(running.server.pid, 'SIGTERM', 10_000)
  await runtime.stop()
  lock.release()
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

const prepared = await prepareDatabaseInProcess(['--seed', '--quiet'], { env })
if (prepared !== 0) await shutdown(1)

console.log(`\n  Site:  ${config.SITE_URL}\n  Admin: ${config.SITE_URL}/admin`)
if (runtime.mailCatcher) console.log(`  Email: ${runtime.mailCatcher.inboxUrl}`)
console.log('')
const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--dev'], {
  env,
  stdio: 'inherit',
  detached: true,
})
running.server = child
lock.recordChild('web server', child.pid)
void exited(child).then((code) => void shutdown(code))
