/**
 * The bench's dashboard timing, in a process of its own (scripts/bench/dashboard.ts starts it
 * with the bench site's database in its environment, so the Payload configuration reads it as
 * any process would): the dashboard's figures (src/leads/conversion.ts) once to warm up, then
 * RUNS times; and a session for an admin of its own, for the /admin page. Prints one JSON line.
 */
import crypto from 'node:crypto'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { conversionFigures, dashboardPeriod } from '../../src/leads/conversion'

const RUNS = 5

const payload = await getPayload({ config })
const { from, to } = dashboardPeriod(new Date())
const queryMs: number[] = []
let sources = 0
for (let run = 0; run <= RUNS; run++) {
  const startedAt = performance.now()
  const figures = await conversionFigures(payload, from, to)
  if (run > 0) queryMs.push(performance.now() - startedAt)
  sources = figures.sources.length
}

const email = `bench-dashboard-${crypto.randomBytes(4).toString('hex')}@example.com`
const password = crypto.randomBytes(18).toString('hex')
await payload.create({
  collection: 'users',
  data: { email, password, roles: ['admin'] },
  context: { disableRevalidate: true },
})
const { token } = await payload.login({ collection: 'users', data: { email, password } })

console.log(JSON.stringify({ queryMs, sources, token }))
process.exit(0)
