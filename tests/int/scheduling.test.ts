/**
 * Scheduling that cannot fail silently: a draft that could not be published is refused when it
 * is scheduled (the admin's check names the field), and a scheduled publish that still fails
 * marks the article and mails the owner through the real jobs queue and a real SMTP server,
 * until a publish that goes through clears the mark.
 */
import { createLocalReq, type Endpoint, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'
import { doc, p } from '@/seed/lexical'

import { OWNER, runAllJobs as runQueue, setUpMailSite } from '../helpers/mail-site'
import { createUser } from '../helpers/users'

const site = setUpMailSite()
const { sink } = site
const context = { disableRevalidate: true }
let payload: Payload
let editor: User
let stamp = 0

beforeAll(async () => {
  payload = site.payload()
  editor = await createUser(payload, 'editor')
})

async function draft(data: Partial<Article> = {}) {
  stamp += 1
  return payload.create({
    collection: 'articles',
    data: {
      title: `Scheduled ${stamp}`,
      slug: `scheduled-${stamp}`,
      description: 'Goes live on its own.',
      body: doc(p('Written ahead.')) as never,
      _status: 'draft',
      ...data,
    } as never,
    draft: true,
    context,
  })
}

/** What the admin's Schedule Publish does (Payload's schedule-publish server function). */
const schedule = (id: number) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      // The admin sends the id as a string, whatever the generated type says (Payload #10481).
      doc: { relationTo: 'articles', value: String(id) as unknown as number },
      user: { relationTo: 'users', value: editor.id },
    },
    waitUntil: new Date(Date.now() - 1_000),
  })

const runAllJobs = () => runQueue(payload)

/** GET /api/articles/<id>/publish-check, as the admin's Schedule Publish asks it. */
async function publishCheck(id: number, user: User | null) {
  const endpoint = payload.collections.articles.config.endpoints
    ? (payload.collections.articles.config.endpoints as Endpoint[]).find(
        (e) => e.path === '/:id/publish-check',
      )
    : undefined
  if (!endpoint) throw new Error('no publish-check endpoint on articles')
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  req.routeParams = { id: String(id) }
  const response = await endpoint.handler(req)
  return { status: response.status, body: (await response.json()) as { problem?: string | null } }
}

const latest = (id: number) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })

const isLive = async (id: number) =>
  (
    await payload.find({
      collection: 'articles',
      where: { id: { equals: id } },
      overrideAccess: false,
    })
  ).totalDocs === 1

describe('scheduling a publish', () => {
  it('is refused for a draft that could not be published, with the field that is wrong', async () => {
    const invalid = await draft({ description: undefined })
    const versionsBefore = await payload.countVersions({
      collection: 'articles',
      where: { parent: { equals: invalid.id } },
    })

    const refused = await publishCheck(invalid.id, editor)
    expect(refused.status).toBe(200)
    expect(refused.body.problem).toMatch(/^Description: .*required/i)

    // The check tried the publish and left nothing behind.
    expect((await latest(invalid.id))._status).toBe('draft')
    expect(await isLive(invalid.id)).toBe(false)
    const versionsAfter = await payload.countVersions({
      collection: 'articles',
      where: { parent: { equals: invalid.id } },
    })
    expect(versionsAfter.totalDocs).toBe(versionsBefore.totalDocs)

    const valid = await draft()
    expect((await publishCheck(valid.id, editor)).body.problem).toBeNull()
    expect(await isLive(valid.id)).toBe(false)
    expect((await publishCheck(valid.id, null)).status).toBe(403)
  })
})

describe('a scheduled publish that fails', () => {
  it('marks the article and mails the owner; a publish that goes through clears the mark', async () => {
    const article = await draft()
    await schedule(article.id)
    // Edited after it was scheduled: the description is gone.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { description: '' },
      draft: true,
      context,
    })

    await runAllJobs()
    expect(await isLive(article.id)).toBe(false)
    const marked = await latest(article.id)
    expect(marked.publishProblem).toMatch(/^Description: .*required/i)
    // The admin's list reads the latest drafts: the mark is in it.
    const list = await payload.find({
      collection: 'articles',
      draft: true,
      where: { publishProblem: { exists: true } },
      overrideAccess: false,
      user: editor,
    })
    expect(list.docs.map((d) => d.id)).toContain(article.id)

    const [mail] = await sink.waitFor(1)
    expect(sink.messages).toHaveLength(1)
    expect(mail.to).toMatchObject({ value: [{ address: OWNER }] })
    expect(mail.subject).toBe(`Scheduled publish failed: ${article.title}`)
    expect(mail.text).toMatch(/Description: .*required/i)
    expect(mail.text).toContain(`/admin/collections/articles/${article.id}`)

    // An editor's autosave of the open document does not wipe the mark.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: article.title, publishProblem: null },
      draft: true,
      autosave: true,
      context,
    })
    expect((await latest(article.id)).publishProblem).toBe(marked.publishProblem)

    // Fixed and scheduled again: it goes live, unmarked, and nobody is mailed.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { description: 'Back again.' },
      draft: true,
      context,
    })
    await schedule(article.id)
    await runAllJobs()
    expect(await isLive(article.id)).toBe(true)
    expect((await latest(article.id)).publishProblem).toBeNull()
    expect(sink.messages).toHaveLength(1)
  })

  it('of a newer draft keeps the live version, marked for editors only, until it is published', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `Live ${++stamp}`,
        slug: `live-${stamp}`,
        description: 'Already live.',
        body: doc(p('Live text.')) as never,
        _status: 'published',
      } as never,
      context,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { description: '', title: `Live ${stamp}, edited` },
      draft: true,
      context,
    })
    await schedule(article.id)
    await runAllJobs()
    await sink.waitFor(1)

    const live = await payload.findByID({
      collection: 'articles',
      id: article.id,
      overrideAccess: false,
    })
    expect(live.description).toBe('Already live.')
    expect(live.publishProblem).toBeUndefined()
    expect((await latest(article.id)).publishProblem).toMatch(/Description/)

    // Published by hand once fixed: the mark goes.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { description: 'Edited and fixed.', _status: 'published' },
      context,
    })
    expect((await latest(article.id)).publishProblem).toBeNull()
    expect(
      (await payload.findByID({ collection: 'articles', id: article.id })).publishProblem,
    ).toBeNull()
  })
})
