/**
 * Publish → visible with replicas: an editor saves an article's new title through replica A's
 * REST API; how many ms after the save answered the new title shows through the proxy (Varnish,
 * emptied by the publish) and on each replica (Next, its page cache in Redis), polled every
 * PUBLISH_POLL_MS. Every copy has the old page cached first, as on a live site.
 */
import crypto from 'node:crypto'

import { sleep } from '../lib/processes'

import { postJson } from './http'
import { ARTICLE_PAGE, log } from './settings'

const ROUNDS = 5
const PUBLISH_POLL_MS = 25
export const PUBLISH_TIMEOUT_MS = 10_000
const SLUG = ARTICLE_PAGE.split('/').at(-1)!

/** Where the title was looked for: the proxy's and each replica's base URL, by label. */
export type Targets = Record<string, string>

/** ms from the PATCH answering to the title showing, per target; null when not within the time limit. */
export type ReplicaPublishRun = {
  title: string
  patchMs: number
  seen: Record<string, number | null>
}

/** The first user of a fresh database becomes the admin; then a login on replica A, as an editor would. */
async function signIn(proxyUrl: string, replicaUrl: string): Promise<string> {
  const email = 'bench@example.com'
  const password = crypto.randomBytes(18).toString('hex')
  await postJson(`${proxyUrl}/api/users/first-register`, {
    email,
    password,
    'confirm-password': password,
  })
  const { token } = await postJson(`${replicaUrl}/api/users/login`, { email, password })
  if (typeof token !== 'string') throw new Error('The login on replica A returned no token.')
  return token
}

async function articleId(replicaUrl: string, token: string): Promise<number> {
  const response = await fetch(
    `${replicaUrl}/api/articles?where[slug][equals]=${SLUG}&depth=0&locale=en`,
    { headers: { authorization: `JWT ${token}` } },
  )
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  if (!docs[0]) throw new Error(`No article with the slug ${SLUG}.`)
  return docs[0].id
}

/** The page's <h1>, as a reader sees it. */
async function heading(url: string): Promise<string> {
  const html = await fetch(url)
    .then((response) => response.text())
    .catch(() => '')
  return /<h1[^>]*>([^<]*)</.exec(html)?.[1] ?? ''
}

async function seenAfter(url: string, title: string, since: number): Promise<number | null> {
  while (performance.now() - since < PUBLISH_TIMEOUT_MS) {
    if ((await heading(url)) === title) return Math.round(performance.now() - since)
    await sleep(PUBLISH_POLL_MS)
  }
  return null
}

async function publishRound(
  targets: Targets,
  replicaUrl: string,
  token: string,
  id: number,
  round: number,
) {
  // The old page in every cache (twice: the first request may only fill it).
  for (let i = 0; i < 2; i++) {
    await Promise.all(Object.values(targets).map((base) => heading(base + ARTICLE_PAGE)))
  }
  const title = `Django vs FastAPI, bench round ${round} ${crypto.randomBytes(3).toString('hex')}`
  const startedAt = performance.now()
  const response = await fetch(`${replicaUrl}/api/articles/${id}?locale=en`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (!response.ok) throw new Error(`PATCH of the article answered ${response.status}.`)
  const savedAt = performance.now()
  const labels = Object.keys(targets)
  const seen = await Promise.all(
    labels.map((label) => seenAfter(targets[label] + ARTICLE_PAGE, title, savedAt)),
  )
  const patchMs = Math.round(savedAt - startedAt)
  return { title, patchMs, seen: Object.fromEntries(labels.map((label, i) => [label, seen[i]])) }
}

export async function measureReplicaPublishing(
  targets: Targets,
  replicaUrl: string,
): Promise<ReplicaPublishRun[]> {
  const token = await signIn(Object.values(targets)[0], replicaUrl)
  const id = await articleId(replicaUrl, token)
  const runs: ReplicaPublishRun[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    log(`Publish on replica A, round ${round} of ${ROUNDS}...`)
    runs.push(await publishRound(targets, replicaUrl, token, id, round))
  }
  return runs
}
