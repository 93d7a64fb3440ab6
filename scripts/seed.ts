/** `npm run seed`: applies migrations, then the idempotent demo-content seed. */
import { runDatabaseScript } from './lib/database-script'

await runDatabaseScript({ seed: true, quiet: process.argv.includes('--quiet') })
