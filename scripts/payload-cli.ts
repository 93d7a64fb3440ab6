/**
 * Runs the Payload CLI with the same database the site uses (the embedded one when DATABASE_URL
 * is unset), e.g. `npm run migrate:create -- add_articles` or `npm run generate:types`.
 *
 * The CLI has been seen to exit 0 without doing anything; for migrate:create we check that a
 * migration was written, for other commands that it printed anything, and try again (at most
 * three times) when not. With no schema
 * change there is nothing to write (`--skip-empty` makes that a quiet exit 0), so three empty
 * tries in a row mean "no change".
 */
import fs from 'node:fs'
import path from 'node:path'

import { run } from './lib/processes'
import { prepareRuntime } from './lib/runtime'

const args = process.argv.slice(2)
// generate:* leave an unchanged file alone, so only migrate:create can be checked this way.
const watched = args[0] === 'migrate:create' ? ['migrations'] : []
if (args[0] === 'migrate:create' && !args.includes('--skip-empty')) args.push('--skip-empty')

function snapshot() {
  const stamps: string[] = []
  for (const target of watched) {
    if (!fs.existsSync(target)) continue
    const files = fs.statSync(target).isDirectory()
      ? fs.readdirSync(target).map((name) => path.join(target, name))
      : [target]
    for (const file of files) stamps.push(`${file}:${fs.statSync(file).mtimeMs}`)
  }
  return stamps.sort().join('|')
}

const runtime = await prepareRuntime({ supervise: false })
let code = 1
try {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const before = snapshot()
    let output = ''
    code = await run('npx', ['payload', ...args], {
      env: { ...runtime.env, PAYLOAD_MIGRATING: 'true' },
      onOutput: (chunk) => (output += chunk),
    })
    if (code !== 0) break
    // A run that printed nothing at all is the "did nothing" case.
    if (watched.length === 0 ? output.trim() !== '' : snapshot() !== before) break
    if (watched.length === 0 && attempt < 3) {
      console.log(`payload ${args[0]} printed nothing; running it again.`)
      continue
    }
    if (attempt === 3 && watched.length > 0) {
      console.log('No migration written after 3 tries: the schema matches the last migration.')
    }
  }
} finally {
  await runtime.stop()
}
process.exit(code)
