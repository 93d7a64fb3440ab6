/**
 * Fills the bench site's database with published articles through Payload's Local API (a process
 * of its own, started by scripts/bench/many-articles.ts with the database in its environment, as
 * the dashboard worker is): the Local API writes every row Payload expects — the localized rows
 * with their per-locale `_status`, the versions, the search index — which hand-written SQL would
 * have to copy and keep in step with the schema. `context: { disableRevalidate: true }` because
 * nothing is serving yet. Resumes where an earlier attempt stopped (config-stall reruns), and
 * prints one JSON line.
 *
 * Usage: node --import tsx scripts/bench/articles-worker.ts COUNT
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { doc, h2, p } from '../../src/seed/lexical'

/** Writes at a time: the pool has 10 connections, and the machine 2 cores. */
const AT_ONCE = 4
const SLUG_PREFIX = 'bench-article-'

const count = Number(process.argv[2])
if (!Number.isInteger(count) || count < 1) throw new Error('Usage: articles-worker.ts COUNT')

const payload = await getPayload({ config })
const context = { disableRevalidate: true }
const tags = (await payload.find({ collection: 'tags', limit: 100, depth: 0 })).docs
const author = (await payload.find({ collection: 'authors', limit: 1, depth: 0 })).docs[0]
const already = (
  await payload.count({ collection: 'articles', where: { slug: { like: SLUG_PREFIX } } })
).totalDocs

/** Older than the demo articles, a day apart, so the demo ones stay on the home page. */
const publishedAt = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString()

/** About the length of a short real article: a heading and a few paragraphs. */
const body = (n: number) =>
  doc(
    h2(`Part one of benchmark article ${n}`),
    ...Array.from({ length: 6 }, (_, i) =>
      p(
        `Paragraph ${i + 1} of a generated article: **Django**, \`FastAPI\` and PostgreSQL, ` +
          'written so that the bench has a thousand pages to pre-render, list and index.',
      ),
    ),
  )

async function create(n: number) {
  await payload.create({
    collection: 'articles',
    data: {
      title: `Benchmark article ${n}`,
      slug: `${SLUG_PREFIX}${n}`,
      description: `Generated article ${n} for npm run bench -- --articles.`,
      publishedAt: publishedAt(n),
      tags: tags.length ? [tags[n % tags.length].id] : [],
      author: author?.id,
      body: body(n) as never,
      _status: 'published',
    },
    context,
  })
}

const startedAt = performance.now()
let next = already + 1
await Promise.all(
  Array.from({ length: AT_ONCE }, async () => {
    while (next <= count) await create(next++)
  }),
)
const ms = Math.round(performance.now() - startedAt)
const total = (await payload.count({ collection: 'articles' })).totalDocs
console.log(JSON.stringify({ created: count - already, ms, total }))
process.exit(0)
