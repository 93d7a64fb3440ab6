/**
 * `npm test`: everything, in order, stopping at the first failure:
 * typecheck, lint, unit tests, integration tests (real PostgreSQL), end-to-end tests (Playwright
 * in Chromium against a production build). Each suite makes its own fresh database.
 *
 * Tests that need a system program npm cannot install (Debian's varnish, redis-server) are skipped
 * when it is missing, and the summary ends with one line: what did not run and the command that
 * installs what it needs (scripts/lib/system-programs.ts). `.ci/run` installs them.
 */
import fs from 'node:fs'
import path from 'node:path'

import { run } from './lib/processes'
import { chromiumExecutable } from './lib/chromium'
import { clearNotRun, notRunSummary } from './lib/system-programs'

// Found once (CHROME_PATH, /usr/bin/chromium, else unpacked from npm) and handed to every suite.
let chromium: string
try {
  chromium = await chromiumExecutable()
} catch (error) {
  console.error(`npm test needs Chromium for the end-to-end tests. ${(error as Error).message}`)
  process.exit(1)
}

// Chromium and the test databases keep their temporary files inside the project.
const tmp = path.resolve('.tmp', 'tmp')
fs.mkdirSync(tmp, { recursive: true })
const env = { ...process.env, TMPDIR: tmp, CHROME_PATH: chromium, NEXT_TELEMETRY_DISABLED: '1' }

const steps: [string, string, string[]][] = [
  // Route types first: a .next/ left by an older build (routes since moved) would fail tsc.
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['integration', 'npx', ['vitest', 'run', '--project', 'int']],
  ['end-to-end', 'npx', ['playwright', 'test']],
]

clearNotRun()
const startedAt = Date.now()
const results: string[] = []
for (const [name, command, args] of steps) {
  const stepStart = Date.now()
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`)
  const code = await run(command, args, { env })
  const took = `${((Date.now() - stepStart) / 1000).toFixed(1)} s`
  results.push(`  ${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${took})`)
  if (code !== 0) {
    const notRun = notRunSummary()
    if (notRun) results.push(`  ${notRun}`)
    console.log(`\n${results.join('\n')}\n\nnpm test: ${name} failed.`)
    process.exit(code)
  }
}
const total = ((Date.now() - startedAt) / 1000).toFixed(0)
const notRun = notRunSummary()
if (notRun) results.push(`  ${notRun}`)
console.log(`\n${results.join('\n')}\n\nnpm test: all ${steps.length} suites passed in ${total} s.`)
