/**
 * `npm run dev`: the embedded PostgreSQL (unless DATABASE_URL is set), migrations and seed, then
 * `next dev` with hot reload, behind the same edge as production (scripts/server.ts --dev). Schema
 * changes go through `npm run migrate:create -- <name>`. What it shares with `npm start` (the lock,
 * the runtime, stopping in order) is scripts/lib/launch.ts.
 */
import { launch } from './lib/launch'

await launch({
  name: 'dev',
  nodeEnv: 'development',
  narrateStop: false,
  serverExited: (code) => code,
  run: async ({ runtime, prepareDatabase, serve, shutdown }) => {
    if ((await prepareDatabase()) !== 0) await shutdown(1)

    const { config } = runtime
    console.log(`\n  Site:  ${config.SITE_URL}\n  Admin: ${config.SITE_URL}/admin`)
    if (runtime.mailCatcher) console.log(`  Email: ${runtime.mailCatcher.inboxUrl}`)
    console.log('')
    serve(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--dev'])
  },
})
