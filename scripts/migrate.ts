/**
 * `npm run migrate`: applies the committed migrations and checks that each is recorded as run;
 * with --seed, then the demo-content seed (as `npm run seed`); --quiet leaves out the database
 * line. The work is scripts/lib/database-script.ts.
 */
import { runDatabaseScript } from './lib/database-script'

await runDatabaseScript({
  seed: process.argv.includes('--seed'),
  quiet: process.argv.includes('--quiet'),
})
