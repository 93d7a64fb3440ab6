/**
 * `npm run jobs`, the separate worker for sites that run with JOBS_AUTORUN=false: it finds the
 * database it is given, sends the emails a lead queued (owner and prospect, over real SMTP),
 * schedules the daily purge of old leads, and stops cleanly on SIGTERM. The test's own Payload
 * never runs the queue.
 */
import { spawn } from 'node:child_process'

import { afterAll, expect, it } from 'vitest'

import { exited } from '../../scripts/lib/processes'
import { RETENTION_QUEUE } from '@/leads/retention'
import { submitLead } from '@/leads/submit'

import { OWNER, setUpMailSite } from '../helpers/mail-site'
import { validLeadInput } from '../helpers/lead-input'

const site = setUpMailSite()
let output = ''
let worker: ReturnType<typeof spawn> | undefined

afterAll(() => {
  worker?.kill('SIGKILL')
})

it('sends the emails a lead queued, then stops on SIGTERM', async () => {
  const input = validLeadInput()
  const result = await submitLead(site.payload(), input, {
    ip: '203.0.113.90',
    userAgent: 'vitest',
  })
  expect(result).toMatchObject({ ok: true })
  expect(site.sink.messages).toHaveLength(0)

  worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobs.ts'], {
    // DATABASE_URL, PAYLOAD_SECRET, DATA_DIR and SMTP_URL: this file's own (tests/helpers).
    env: { ...process.env, JOBS_AUTORUN: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  worker.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  worker.stderr?.on('data', (chunk: Buffer) => (output += chunk))

  const messages = await site.sink.waitFor(2, 60_000)
  if (messages.length < 2)
    throw new Error(
      `${messages.length} of 2 emails; npm run jobs (exit ${worker.exitCode}) said:\n${output}`,
    )
  expect(messages.map((m) => m.to && 'text' in m.to && m.to.text).sort()).toEqual(
    [OWNER, input.email].sort(),
  )

  // Its other round, at start and once a minute: the purge of old leads, queued by Payload's
  // schedule for its next 03:30 (src/leads/retention.ts).
  const purge = await site.payload().find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'purgeOldLeads' } },
    depth: 0,
  })
  expect(purge.docs).toHaveLength(1)
  expect(purge.docs[0]).toMatchObject({ queue: RETENTION_QUEUE, meta: { scheduled: true } })

  worker.kill('SIGTERM')
  expect(await exited(worker)).toBe(0)
}, 90_000)
