/**
 * A database made before languages existed keeps every word when it is migrated: built at the
 * migration before `localization`, filled through the old columns (published and draft articles
 * with their versions, a comparison with rows, a tag, an author, the site settings with their
 * navigation), migrated, and read back through Payload as English; nothing appears in Spanish.
 * Migrating down puts the English back into the old columns.
 */
import pg from 'pg'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'

import { testPayload } from '../helpers/payload'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database'

const LOCALIZATION = '20261126_083853_localization'
const body = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

/** Rows in the columns of the schema before localization (migration 20261126_025438). */
async function fillOldSchema(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const run = (text: string, values: unknown[] = []) => client.query(text, values)
  await run(
    `insert into tags (id, name, slug, description) values (1, 'Django', 'django', 'The web framework')`,
  )
  await run(
    `insert into authors (id, name, slug, role, city, bio) values (1, 'Pau Serrat', 'pau-serrat', 'Freelance developer', 'Barcelona', 'Builds backends.')`,
  )
  await run(
    `insert into articles (id, title, slug, description, body, author_id, published_at, reading_time, meta_title, meta_description, _status)
     values (1, 'Django vs FastAPI', 'django-vs-fastapi', 'Which one to choose.', $1, 1, '2026-02-18T10:00:00Z', 7, 'Django vs FastAPI (SEO)', 'SEO description', 'published'),
            (2, 'A draft in progress', 'a-draft-in-progress', 'Not yet.', $2, 1, null, 1, null, null, 'draft')`,
    [body('The published body.'), body('The draft body.')],
  )
  await run(
    `insert into articles_rels ("order", parent_id, path, tags_id) values (1, 1, 'tags', 1)`,
  )
  await run(
    `insert into _articles_v (parent_id, version_title, version_slug, version_description, version_body, version_author_id, version_reading_time, version__status, latest)
     values (1, 'Django vs FastAPI', 'django-vs-fastapi', 'Which one to choose.', $1, 1, 7, 'published', true),
            (2, 'A draft in progress', 'a-draft-in-progress', 'Not yet.', $2, 1, 1, 'draft', true)`,
    [body('The published body.'), body('The draft body.')],
  )
  await run(
    `insert into comparisons (id, title, slug, option_a, option_b, intro, verdict, _status)
     values (1, 'Django vs FastAPI', 'django-vs-fastapi', 'Django', 'FastAPI', 'Side by side.', 'It depends.', 'published')`,
  )
  await run(
    `insert into comparisons_rows (_order, _parent_id, id, feature, a, b, note)
     values (1, 1, 'row-1', 'Admin panel', 'Built in', 'None', 'A big one'), (2, 1, 'row-2', 'Async', 'Partial', 'Native', null)`,
  )
  const version = await run(
    `insert into _comparisons_v (parent_id, version_title, version_slug, version_option_a, version_option_b, version_intro, version_verdict, version__status, latest)
     values (1, 'Django vs FastAPI', 'django-vs-fastapi', 'Django', 'FastAPI', 'Side by side.', 'It depends.', 'published', true) returning id`,
  )
  await run(
    `insert into _comparisons_v_version_rows (_order, _parent_id, feature, a, b, note, _uuid)
     values (1, $1, 'Admin panel', 'Built in', 'None', 'A big one', 'row-1'), (2, $1, 'Async', 'Partial', 'Native', null, 'row-2')`,
    [version.rows[0].id],
  )
  await run(
    `insert into site_settings (id, site_name, owner_name, tagline, intro, contact_email, cta_heading, cta_text, cta_button_label, cta_link)
     values (1, 'Pau Serrat', 'Pau Serrat', 'Backends that last', 'I build them.', 'owner@example.com', 'Planning a backend?', 'Let us talk.', 'Book a call', '/contact')`,
  )
  await run(
    `insert into site_settings_navigation (_order, _parent_id, id, label, url) values (1, 1, 'nav-1', 'Articles', '/articles')`,
  )
  await client.end()
}

let database: TestDatabase
let payload: Payload

beforeAll(async () => {
  database = await createTestDatabase('localization-migration')
  process.env.DATABASE_URL = database.url
  payload = await testPayload()
  const all = migrations as unknown as Migration[]
  const before = all.slice(
    0,
    all.findIndex((migration) => migration.name === LOCALIZATION),
  )
  expect(before.length).toBeGreaterThan(0)
  await payload.db.migrate({ migrations: before })
  await fillOldSchema(database.url)
  await payload.db.migrate({ migrations: all })
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  await database?.close()
})

describe('the localization migration', () => {
  it('keeps a published article, its version and its tag as English, public as before', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      locale: 'en',
      depth: 1,
      overrideAccess: false,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      id: 1,
      title: 'Django vs FastAPI',
      slug: 'django-vs-fastapi',
      description: 'Which one to choose.',
      readingTime: 7,
      _status: 'published',
      meta: { title: 'Django vs FastAPI (SEO)', description: 'SEO description' },
      tags: [{ name: 'Django', slug: 'django', description: 'The web framework' }],
      author: {
        name: 'Pau Serrat',
        role: 'Freelance developer',
        city: 'Barcelona',
        bio: 'Builds backends.',
      },
    })
    expect(JSON.stringify(docs[0].body)).toContain('The published body.')

    const versions = await payload.findVersions({ collection: 'articles', locale: 'en', depth: 0 })
    expect(versions.docs.map((v) => [v.parent, v.version.title, v.version._status]).sort()).toEqual(
      [
        [1, 'Django vs FastAPI', 'published'],
        [2, 'A draft in progress', 'draft'],
      ],
    )
  })

  it('keeps a draft a draft: not public, whole for editors', async () => {
    const draft = await payload.findByID({
      collection: 'articles',
      id: 2,
      locale: 'en',
      draft: true,
    })
    expect(draft).toMatchObject({ title: 'A draft in progress', _status: 'draft' })
    expect(JSON.stringify(draft.body)).toContain('The draft body.')
  })

  it('keeps the comparison with every row, and the settings with their navigation', async () => {
    const comparison = await payload.findByID({
      collection: 'comparisons',
      id: 1,
      locale: 'en',
      overrideAccess: false,
    })
    expect(comparison).toMatchObject({
      title: 'Django vs FastAPI',
      intro: 'Side by side.',
      verdict: 'It depends.',
      optionA: 'Django',
      rows: [
        { feature: 'Admin panel', a: 'Built in', b: 'None', note: 'A big one' },
        { feature: 'Async', a: 'Partial', b: 'Native' },
      ],
    })
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en' })
    expect(settings).toMatchObject({
      siteName: 'Pau Serrat',
      tagline: 'Backends that last',
      intro: 'I build them.',
      cta: { heading: 'Planning a backend?', text: 'Let us talk.', buttonLabel: 'Book a call' },
      navigation: [{ label: 'Articles', url: '/articles' }],
    })
  })

  it('publishes nothing in Spanish or Russian', async () => {
    for (const locale of ['es', 'ru'] as const) {
      const found = await payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
      expect(found.totalDocs).toBe(0)
      const comparisons = await payload.find({
        collection: 'comparisons',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
      expect(comparisons.totalDocs).toBe(0)
    }
  })

  it('puts the English back into the old columns when migrated down', async () => {
    // Down in order: the later migrations first (their localized tables use its `_locales` type).
    const all = migrations as unknown as Migration[]
    const from = all.findIndex((m) => m.name === LOCALIZATION)
    expect(from).toBeGreaterThan(-1)
    for (const migration of all.slice(from).reverse()) {
      await migration.down({ db: payload.db.drizzle, payload, req: {} })
    }
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const articles = await client.query('select title, slug, _status from articles order by id')
      expect(articles.rows).toEqual([
        { title: 'Django vs FastAPI', slug: 'django-vs-fastapi', _status: 'published' },
        { title: 'A draft in progress', slug: 'a-draft-in-progress', _status: 'draft' },
      ])
      const rows = await client.query('select feature, a from comparisons_rows order by _order')
      expect(rows.rows).toEqual([
        { feature: 'Admin panel', a: 'Built in' },
        { feature: 'Async', a: 'Partial' },
      ])
      const settings = await client.query('select cta_heading from site_settings')
      expect(settings.rows).toEqual([{ cta_heading: 'Planning a backend?' }])
    } finally {
      await client.end()
    }
  })
})
