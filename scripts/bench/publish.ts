/** How soon a publish through the REST API shows on the list pages (/articles and the home page). */
import crypto from 'node:crypto'

import { doc, p } from '../../src/seed/lexical'
import { sleep } from '../lib/processes'

import { postJson } from './http'
import { log, POLL_INTERVAL_MS, POLL_TIMEOUT_MS, PUBLISH_PAGES } from './settings'

const PUBLISH_RUNS = 3

/** ms from the POST starting to the first page showing the title; null when not seen in time. */
export type PublishRun = { title: string; postMs: number; pages: Record<string, number | null> }

/** The first user on a fresh database becomes the admin; returns a JWT. */
async function registerAdmin(siteUrl: string): Promise<string> {
  const password = crypto.randomBytes(18).toString('hex')
  const body = await postJson(`${siteUrl}/api/users/first-register`, {
    email: 'bench@example.com',
    password,
    'confirm-password': password,
  })
  if (typeof body.token !== 'string') throw new Error('first-register returned no token.')
  return body.token
}

/** Polls until the page contains `text`; ms since `startedAt`, or null after the time limit. */
async function waitForText(url: string, text: string, startedAt: number): Promise<number | null> {
  const deadline = startedAt + POLL_TIMEOUT_MS
  while (Date.now() < deadline) {
    const html = await fetch(url)
      .then((response) => response.text())
      .catch(() => '')
    if (html.includes(text)) return Date.now() - startedAt
    await sleep(POLL_INTERVAL_MS)
  }
  return null
}

async function publishAndWait(siteUrl: string, token: string, run: number): Promise<PublishRun> {
  const id = crypto.randomBytes(4).toString('hex')
  const title = `Benchmark article ${run} ${id}`
  const startedAt = Date.now()
  await postJson(
    `${siteUrl}/api/articles`,
    {
      title,
      slug: `benchmark-article-${run}-${id}`,
      description: 'Written by npm run bench to time a publish.',
      body: doc(p('Hello')),
      _status: 'published',
    },
    token,
  )
  const postMs = Date.now() - startedAt
  const seen = await Promise.all(
    PUBLISH_PAGES.map((pagePath) => waitForText(siteUrl + pagePath, title, startedAt)),
  )
  return { title, postMs, pages: Object.fromEntries(PUBLISH_PAGES.map((p, i) => [p, seen[i]])) }
}

export async function measurePublishing(siteUrl: string): Promise<PublishRun[]> {
  const token = await registerAdmin(siteUrl)
  const runs: PublishRun[] = []
  for (let run = 1; run <= PUBLISH_RUNS; run++) {
    log(`Publish ${run} of ${PUBLISH_RUNS}...`)
    runs.push(await publishAndWait(siteUrl, token, run))
  }
  return runs
}
