/**
 * PostgreSQL killed while prospects submit and emails are being sent, on `npm start` with its
 * embedded database (the launcher restarts it): no submission ends in a 5xx or a broken
 * connection (each waits the restart out), the contact page keeps rendering, every request is
 * stored exactly once, and every lead gets exactly one notification and one confirmation. (A
 * submission the database stays away from for longer gets its form back with a 503: that path is
 * tests/int/lead-outage.test.ts; here, any such would be sent again, as the page asks.)
 */
import crypto from 'node:crypto'

import { expect, test } from '@playwright/test'

import { freshForm, postForm, waitUntilSendable } from '../../scripts/lib/contact-post'
import { Launcher } from '../../scripts/lib/launcher'
import { sleep } from '../../scripts/lib/processes'
import { SmtpSink } from '../../scripts/lib/smtp-sink'
import { ADMIN } from '../helpers/admin'

test.describe.configure({ mode: 'serial', timeout: 300_000 })

const SUBMISSIONS = 150
const CONCURRENCY = 10
const sink = new SmtpSink()
let launcher: Launcher

test.beforeAll(async () => {
  await sink.start()
  launcher = await Launcher.create({
    SMTP_URL: sink.url,
    EMAIL_RETRY_DELAY_MS: '500',
    // A job whose runner died with the database goes back to the queue after 10 s.
    JOBS_LEASE_SECONDS: '10',
    LEADS_RATE_LIMIT: '100000',
    LEADS_RATE_LIMIT_PER_EMAIL: '100000',
    LEADS_RATE_LIMIT_GLOBAL: '100000',
  })
  await launcher.start(300_000)
})

test.afterEach(async ({}, testInfo) => {
  // What the site logged says why, when something here fails.
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('site output', { body: launcher.output, contentType: 'text/plain' })
  }
})

test.afterAll(async () => {
  await launcher?.stop()
  launcher?.cleanup()
  await sink.stop()
})

async function health() {
  return fetch(`${launcher.url}/api/health`).then(
    (response) => response.status,
    () => 0,
  )
}

test('a database killed under load loses nothing, doubles nothing and answers no 5xx', async () => {
  const site = launcher.url
  const emails = Array.from(
    { length: SUBMISSIONS },
    (_, i) => `outage-${i}-${crypto.randomUUID().slice(0, 8)}@example.com`,
  )
  // Forms first: the site refuses anything sent too soon after rendering it (bots).
  const forms = await Promise.all(emails.map(() => freshForm(site)))
  await waitUntilSendable(forms)

  const statuses: number[] = []
  const broken: string[] = []
  const retry: string[] = []
  const why: string[] = []
  let done = 0
  let killed = false
  const contactDuringOutage: number[] = []

  async function submitAll(indexes: number[], formFor: (i: number) => Promise<[string, string][]>) {
    let next = 0
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < indexes.length) {
          const i = indexes[next++]
          try {
            const result = await postForm(site, await formFor(i), { email: emails[i] })
            statuses.push(result.status)
            if (result.status === 503) {
              // The page kept what they typed and asked them to send it again.
              why.push(/restarting/.test(result.html) ? 'database away' : 'another error')
              expect(result.html).toContain(emails[i])
              expect(result.html).toContain('Please send it again in a moment')
              retry.push(emails[i])
            } else expect(result.sent, `${emails[i]}: ${result.status}`).toBe(true)
          } catch (error) {
            broken.push(`${emails[i]}: ${String(error)}`)
          }
          if (++done === 40 && !killed) {
            killed = true
            process.kill(launcher.postgresPid()!, 'SIGKILL')
            // The contact page renders while the database is away.
            for (let k = 0; k < 5; k++) {
              contactDuringOutage.push(
                await fetch(`${site}/contact`).then(
                  (response) => response.status,
                  () => 0,
                ),
              )
            }
          }
        }
      }),
    )
  }

  await submitAll(
    emails.map((_, i) => i),
    async (i) => forms[i],
  )
  expect(killed).toBe(true)
  test.info().annotations.push({
    type: 'statuses',
    description: `${statuses.filter((status) => status === 200).length} × 200, ${retry.length} × 503 (${why.join(', ')})`,
  })
  expect(broken).toEqual([])
  // A restart takes a second or two; a submission waits that long for it: no 5xx at all.
  expect(statuses.filter((status) => status !== 200)).toEqual([])
  expect(contactDuringOutage).toEqual([200, 200, 200, 200, 200])

  // Those asked to try again do so once the site is back.
  await expect.poll(health, { timeout: 30_000 }).toBe(200)
  const again = retry.map((email) => emails.indexOf(email))
  if (again.length > 0) {
    const fresh = await Promise.all(again.map(() => freshForm(site)))
    await waitUntilSendable(fresh)
    statuses.length = 0
    await submitAll(again, async (i) => fresh[again.indexOf(i)])
    expect(statuses.every((status) => status === 200)).toBe(true)
  }

  // Every request stored exactly once.
  const login = await fetch(`${site}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...ADMIN, 'confirm-password': ADMIN.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const leads = await fetch(
    `${site}/api/leads?limit=1000&depth=0&where[email][like]=outage-&select[email]=true`,
    { headers: { Authorization: `JWT ${token}` } },
  ).then((response) => response.json() as Promise<{ docs: { email: string }[] }>)
  const stored = leads.docs.map((lead) => lead.email).sort()
  expect(stored).toEqual([...emails].sort())

  // Every lead gets one notification and one confirmation, none twice.
  const owner = (email: string) =>
    sink.messages.filter((mail) => mail.replyTo?.value[0]?.address === email).length
  const confirmation = (email: string) =>
    sink.messages.filter((mail) => JSON.stringify(mail.to).includes(email)).length
  await expect
    .poll(() => emails.filter((email) => owner(email) === 0 || confirmation(email) === 0).length, {
      timeout: 120_000,
      intervals: [1_000],
    })
    .toBe(0)
  // Anything doubled would have arrived by now (the jobs run every 5 s).
  await sleep(6_000)
  expect(emails.filter((email) => owner(email) !== 1 || confirmation(email) !== 1)).toEqual([])
  expect(launcher.output).not.toMatch(/uncaughtException|Unhandled/i)
})
