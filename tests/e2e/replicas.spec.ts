/**
 * The site as several replicas (`npm run start:replicas -- --replicas 2`): two production servers
 * behind Varnish, sharing Redis (pages), an S3 server (uploads), the database and one jobs worker.
 * What a reader, an editor and a prospect notice: publishes everywhere at once, uploads and
 * sessions that work on every replica, every lead and email exactly once, one rate limit, and
 * pages while a replica is down.
 *
 * Varnish (and a Redis, unless REDIS_URL names one) come from Debian, not npm: on a machine without
 * them every test here is skipped with the reason, and `npm test` says how to install them.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import {
  freshForm,
  type HiddenFields,
  postForm,
  waitUntilSendable,
} from '../../scripts/lib/contact-post'
import { Launcher, replicasScript } from '../../scripts/lib/launcher'
import { sleep } from '../../scripts/lib/processes'
import { missingPrograms, recordNotRun } from '../../scripts/lib/system-programs'
import { ADMIN } from '../helpers/admin'

test.describe.configure({ mode: 'serial', timeout: 300_000 })

/** Posts from one address per 10 minutes: the 200 below, then a few, then the limit. */
const RATE_LIMIT = 203
const SUBMISSIONS = 200

let launcher: Launcher
let proxy: string
let replicaA: string
let replicaB: string
let inbox: string
let token: string

const jsonHeaders = () => ({ Authorization: `JWT ${token}`, 'Content-Type': 'application/json' })

async function pageTitle(base: string, pathname: string) {
  const html = await (await fetch(`${base}${pathname}`)).text()
  return /<h1[^>]*>([^<]*)</.exec(html)?.[1] ?? ''
}

const missing = missingPrograms(process.env.REDIS_URL ? ['varnishd'] : ['varnishd', 'redis-server'])

test.beforeAll(async () => {
  if (missing) {
    // Each test skips itself (below) with this reason; the list reporter shows no reasons.
    console.log(`replicas.spec.ts: not run, ${missing.reason}`)
    return
  }
  launcher = await Launcher.create(
    { LEADS_RATE_LIMIT: String(RATE_LIMIT), LEADS_RATE_LIMIT_GLOBAL: '10000' },
    replicasScript(2),
  )
  await launcher.start(240_000)
  proxy = launcher.url
  ;[replicaA, replicaB] = launcher.replicaUrls()
  inbox = /http:\/\/127\.0\.0\.1:\d+/.exec(launcher.printed('Email'))![0]
  const registered = await fetch(`${proxy}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...ADMIN, 'confirm-password': ADMIN.password }),
  })
  expect(registered.status).toBe(200)
  const login = await fetch(`${replicaA}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = (await login.json()).token
})

test.beforeEach(({}, testInfo) => {
  if (!missing) return
  recordNotRun('replicas', testInfo.title, missing)
  test.skip(true, missing.reason)
})

test.afterAll(async () => {
  await launcher?.stop('SIGTERM')
  launcher?.cleanup()
})

test('the proxy caches public pages and never the admin, the API or a signed-in reader', async () => {
  const article = '/articles/django-vs-fastapi'
  await fetch(`${proxy}${article}`)
  expect((await fetch(`${proxy}${article}`)).headers.get('x-cache')).toBe('hit')
  for (const pathname of ['/api/health', '/contact', '/admin/login']) {
    await fetch(`${proxy}${pathname}`)
    expect((await fetch(`${proxy}${pathname}`)).headers.get('x-cache'), pathname).toBe('miss')
  }
  const signedIn = await fetch(`${proxy}${article}`, { headers: { Cookie: 'signed-in=1' } })
  expect(signedIn.headers.get('x-cache')).toBe('miss')
  // Only the replicas empty it: a BAN on the public address is refused.
  expect((await fetch(`${proxy}/`, { method: 'BAN' })).status).toBe(403)
  expect((await fetch(`${proxy}${article}`)).headers.get('x-cache')).toBe('hit')
  const health = await (await fetch(`${proxy}/api/health`)).json()
  expect(health).toEqual({ status: 'ok', db: 'ok', cache: 'ok', storage: 'ok' })
})

test('a publish through replica A is visible through the proxy and on replica B within 1 s', async () => {
  const article = '/articles/django-vs-fastapi'
  const found = await fetch(
    `${replicaA}/api/articles?where[slug][equals]=django-vs-fastapi&depth=0&locale=en`,
    { headers: jsonHeaders() },
  )
  const id = (await found.json()).docs[0].id
  for (let round = 1; round <= 2; round++) {
    // Both have the current version cached, as they would on a live site.
    await Promise.all([pageTitle(proxy, article), pageTitle(replicaB, article)])
    const title = `Django vs FastAPI, revised ${round} ${Date.now()}`
    const saved = await fetch(`${replicaA}/api/articles/${id}?locale=en`, {
      method: 'PATCH',
      headers: jsonHeaders(),
      body: JSON.stringify({ title }),
    })
    expect(saved.status).toBe(200)
    const publishedAt = Date.now()
    const seenAt = async (base: string) => {
      while (Date.now() - publishedAt < 10_000) {
        if ((await pageTitle(base, article)) === title) return Date.now() - publishedAt
        await sleep(25)
      }
      return Infinity
    }
    const [throughProxy, onB] = await Promise.all([seenAt(proxy), seenAt(replicaB)])
    expect(throughProxy, 'ms until the proxy shows it').toBeLessThan(1_000)
    expect(onB, 'ms until replica B shows it').toBeLessThan(1_000)
  }
})

test('an image uploaded through A is served by B', async () => {
  const png = await sharp({
    create: { width: 640, height: 480, channels: 3, background: '#2a6f97' },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), `replica-${Date.now()}.png`)
  form.append('_payload', JSON.stringify({ alt: 'A test image' }))
  const uploaded = await fetch(`${replicaA}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  expect(uploaded.status).toBe(201)
  const { doc } = await uploaded.json()
  // The site's own address of the file (through the proxy), asked of replica B directly.
  const onB = (url: string) =>
    new URL(new URL(url, proxy).pathname + new URL(url, proxy).search, replicaB)
  const served = await fetch(onB(doc.url))
  expect(served.status).toBe(200)
  expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)
  const sizes = Object.values(doc.sizes as Record<string, { url: string | null }>)
  const resized = sizes.find((size) => size.url)
  expect((await fetch(onB(resized!.url!))).status).toBe(200)
})

test('a session started on A works on B, and ends on both at logout', async () => {
  const login = await fetch(`${replicaA}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const cookie = login.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ')
  // As a browser on the site sends it (Payload honours the cookie on same-site requests).
  const asBrowser = { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' }
  const me = async (base: string) =>
    (await (await fetch(`${base}/api/users/me`, { headers: asBrowser })).json()).user?.email
  expect(await me(replicaB)).toBe(ADMIN.email)
  await fetch(`${replicaB}/api/users/logout`, { method: 'POST', headers: asBrowser })
  expect(await me(replicaA)).toBeUndefined()
})

test('200 submissions over both replicas: 200 leads, 400 emails, none twice; one rate limit', async () => {
  const countLeads = async () =>
    (await (await fetch(`${proxy}/api/leads?limit=1&depth=0`, { headers: jsonHeaders() })).json())
      .totalDocs as number
  const before = await countLeads()
  const stamp = Date.now()
  const address = (i: number) => `prospect-${stamp}-${i}@example.com`

  const replicaFor = (i: number) => (i % 2 === 0 ? replicaA : replicaB)
  const statuses: number[] = []
  for (let start = 0; start < SUBMISSIONS; start += 20) {
    const batch = Array.from({ length: 20 }, (_, k) => start + k)
    const forms: HiddenFields[] = await Promise.all(batch.map((i) => freshForm(replicaFor(i))))
    await waitUntilSendable(forms)
    const results = await Promise.all(
      batch.map((i, k) => postForm(replicaFor(i), forms[k], { email: address(i) })),
    )
    statuses.push(...results.map((result) => result.status))
  }
  expect(statuses.filter((status) => status !== 200)).toEqual([])
  expect(await countLeads()).toBe(before + SUBMISSIONS)

  // The allowance is one, kept in PostgreSQL: after 200 posts from this address over both
  // replicas, three more are allowed, then either replica refuses.
  const extra = await Promise.all(Array.from({ length: 5 }, (_, i) => freshForm(replicaFor(i))))
  await waitUntilSendable(extra)
  const more: number[] = []
  for (const [i, hidden] of extra.entries()) {
    more.push(
      (await postForm(replicaFor(i), hidden, { email: `extra-${stamp}-${i}@example.com` })).status,
    )
  }
  expect(more).toEqual([200, 200, 200, 429, 429])

  // The one jobs worker sends each lead's two emails (to the owner, replying to the prospect;
  // to the prospect), once.
  const ours = async () =>
    ((await (await fetch(`${inbox}/api/email`)).json()) as unknown[])
      .map((message) => JSON.stringify(message))
      .filter((message) => message.includes(`prospect-${stamp}-`))
  await expect
    .poll(async () => (await ours()).length, { timeout: 120_000, intervals: [2_000] })
    .toBeGreaterThanOrEqual(2 * SUBMISSIONS)
  // A second sending of anything would come within the worker's next rounds.
  await sleep(12_000)
  const messages = await ours()
  expect(messages).toHaveLength(2 * SUBMISSIONS)
  for (let i = 0; i < SUBMISSIONS; i++) {
    expect(messages.filter((message) => message.includes(address(i)))).toHaveLength(2)
  }
})

test('with one replica killed, readers keep getting pages through the proxy', async () => {
  const lock = JSON.parse(fs.readFileSync(path.join(launcher.dataDir, 'launcher.json'), 'utf8'))
  process.kill(lock.children['replica 2'], 'SIGKILL')
  const pages = ['/', '/articles', '/articles/django-vs-fastapi', '/cases', '/es', '/feed.xml']
  const statuses: number[] = []
  for (let round = 0; round < 5; round++) {
    // A publish marks every page stale, so each read needs a replica, not the proxy's copy.
    expect((await fetch(launcher.printed('Purge').split(' ')[0], { method: 'BAN' })).status).toBe(
      200,
    )
    for (const pathname of pages) statuses.push((await fetch(`${proxy}${pathname}`)).status)
  }
  expect(statuses.every((status) => status === 200)).toBe(true)
  expect(launcher.output).toMatch(/Replica 2 \(port \d+\) stopped/)
})
