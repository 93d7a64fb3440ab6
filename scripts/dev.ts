/**
 * `npm run dev`: the embedded PostgreSQL (unless DATABASE_URL is set), migrations and seed, then
 * `next dev` with hot reload. Schema changes go through `npm run migrate:create -- <name>`.
 */
import { spawn } from 'node:child_process'

import { exited, nextBin, run, terminate } from './lib/processes'
import { prepareRuntime } from './lib/runtime'

const runtime = await prepareRuntime({ supervise: true })
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
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

const prepared = await run(
  process.execPath,
  ['--import', 'tsx', 'scripts/migrate.ts', '--seed', '--quiet'],
  {
    env,
  },
)
if (prepared !== 0) await shutdown(1)

console.log(`\n  Site:  ${config.SITE_URL}\n  Admin: ${config.SITE_URL}/admin\n`)
const child = spawn(
  process.execPath,
  [nextBin(), 'dev', '--hostname', config.HOST, '--port', String(config.PORT)],
  { env, stdio: 'inherit', detached: true },
)
running.server = child
void exited(child).then((code) => void shutdown(code))
