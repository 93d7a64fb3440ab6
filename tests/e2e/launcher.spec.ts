/**
 * `npm start` itself, on its default path (embedded PostgreSQL in a data directory of its own) and
 * with DATABASE_URL: data survives a restart, Ctrl-C stops everything, a killed run is cleaned up,
 * a database that dies is restarted.
 */
import { expect, test } from '@playwright/test'

import { freshForm, postForm, waitUntilSendable } from '../../scripts/lib/contact-post'
import { Launcher } from '../../scripts/lib/launcher'
import { isAlive, sleep } from '../../scripts/lib/processes'
import { ADMIN } from '../helpers/admin'
import { startEmbeddedPostgres } from '../helpers/test-database'

test.describe.configure({ mode: 'serial', timeout: 240_000 })

const credentials = ADMIN

async function health(url: string) {
  try {
    return (await fetch(`${url}/api/health`)).status
  } catch {
    return 0
  }
}

async function waitForHealth(url: string, status: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if ((await health(url)) === status) return
    await sleep(200)
  }
  throw new Error(`/api/health did not answer ${status} within ${timeoutMs} ms`)
}

test.describe('npm start with the embedded database', () => {
  let launcher: Launcher

  test.beforeAll(async () => {
    launcher = await Launcher.create()
  })

  test.afterAll(async () => {
    await launcher.stop('SIGTERM')
    launcher.cleanup()
  })

  test('a registered user can still log in after stopping and starting again', async ({
    playwright,
  }) => {
    await launcher.start()
    expect(launcher.output).toContain('embedded PostgreSQL')
    expect(launcher.output).toContain(`Admin:  ${launcher.url}/admin`)

    const api = await playwright.request.newContext({ baseURL: launcher.url })
    const registered = await api.post('/api/users/first-register', {
      data: { ...credentials, 'confirm-password': credentials.password },
    })
    expect(registered.status()).toBe(200)

    const pgPid = launcher.postgresPid()
    expect(pgPid).toBeTruthy()
    expect(await launcher.stop('SIGTERM')).toBe(0)
    expect(isAlive(pgPid!)).toBe(false)
    expect(launcher.postgresPid()).toBeUndefined()
    expect(await health(launcher.url)).toBe(0)

    await launcher.start()
    const login = await api.post('/api/users/login', { data: credentials })
    expect(login.status()).toBe(200)
    expect((await login.json()).user.roles).toEqual(['admin'])
    await api.dispose()
  })

  test('facing the internet (no trusted proxy), a forged X-Forwarded-For buys no fresh allowance', async () => {
    // LEADS_RATE_LIMIT is 5 per address; every post here comes from 127.0.0.1 whatever it claims.
    const forms = await Promise.all(Array.from({ length: 6 }, () => freshForm(launcher.url)))
    await waitUntilSendable(forms)
    const statuses: number[] = []
    for (const [i, hidden] of forms.entries()) {
      const result = await postForm(
        launcher.url,
        hidden,
        { email: `forged-${i}@example.com` },
        { headers: { 'X-Forwarded-For': `203.0.113.${i + 1}`, 'X-Real-IP': `198.51.100.${i}` } },
      )
      statuses.push(result.status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
  })

  test('a database that dies is restarted and the site recovers by itself', async () => {
    const pgPid = launcher.postgresPid()!
    process.kill(pgPid, 'SIGKILL')
    // First the launcher notices (health may still answer from a pooled connection until then),
    // then the site is healthy again on the restarted database.
    await expect
      .poll(() => launcher.output, { timeout: 20_000 })
      .toContain('PostgreSQL stopped unexpectedly')
    await waitForHealth(launcher.url, 200, 20_000)
    expect(launcher.postgresPid()).not.toBe(pgPid)
  })

  test('a run killed with -9 is cleaned up by the next start, with a plain message', async () => {
    const pgPid = launcher.postgresPid()!
    await launcher.stop('SIGKILL')
    expect(isAlive(pgPid)).toBe(true)

    await launcher.start()
    expect(launcher.output).toMatch(/left running by an earlier run/)
    expect(isAlive(pgPid)).toBe(false)
    expect(await health(launcher.url)).toBe(200)
  })
})

test('npm start uses the server in DATABASE_URL instead of the embedded one', async ({
  playwright,
}) => {
  const external = await startEmbeddedPostgres('external')
  const launcher = await Launcher.create({ DATABASE_URL: external.url })
  try {
    await launcher.start()
    expect(launcher.output).toContain('(DATABASE_URL)')
    expect(launcher.output).not.toContain('embedded PostgreSQL on')
    expect(launcher.postgresPid()).toBeUndefined()
    expect(await health(launcher.url)).toBe(200)

    const api = await playwright.request.newContext({ baseURL: launcher.url })
    const registered = await api.post('/api/users/first-register', {
      data: { ...credentials, 'confirm-password': credentials.password },
    })
    expect(registered.status()).toBe(200)
    await api.dispose()
  } finally {
    await launcher.stop('SIGTERM')
    launcher.cleanup()
    await external.close()
  }
})
