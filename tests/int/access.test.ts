/**
 * Who may do what, per role, as Payload itself computes it for the admin UI and the API
 * (`getAccessResults`, the same answer `/api/access` gives). Any change to a rule shows up here.
 */
import { createLocalReq, getAccessResults, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

type Ops = 'read' | 'create' | 'update' | 'delete'
type Row = Record<Ops, boolean | 'own' | 'published' | 'consented'>

const content: Row = { read: true, create: true, update: true, delete: true }
const publicContent: Row = { read: true, create: false, update: false, delete: false }
const closed: Row = { read: false, create: false, update: false, delete: false }
const drafts: Row = { ...content, read: true }

/** The expected permissions: collection → role → operation. */
const matrix: Record<string, Record<'anonymous' | 'editor' | 'admin', Row>> = {
  articles: { anonymous: { ...publicContent, read: 'published' }, editor: drafts, admin: drafts },
  comparisons: {
    anonymous: { ...publicContent, read: 'published' },
    editor: drafts,
    admin: drafts,
  },
  'case-studies': {
    anonymous: { ...publicContent, read: 'published' },
    editor: drafts,
    admin: drafts,
  },
  testimonials: {
    anonymous: { ...publicContent, read: 'consented' },
    editor: content,
    admin: content,
  },
  tags: { anonymous: publicContent, editor: content, admin: content },
  authors: { anonymous: publicContent, editor: content, admin: content },
  media: { anonymous: publicContent, editor: content, admin: content },
  redirects: { anonymous: publicContent, editor: content, admin: content },
  leads: {
    anonymous: closed,
    editor: closed,
    admin: { read: true, create: false, update: true, delete: true },
  },
  bookings: {
    anonymous: closed,
    editor: closed,
    admin: { read: true, create: false, update: true, delete: true },
  },
  users: {
    anonymous: closed,
    editor: { read: 'own', create: false, update: 'own', delete: false },
    admin: content,
  },
}

let payload: Payload
const users: Partial<Record<'editor' | 'admin', User>> = {}

beforeAll(async () => {
  payload = await testPayload()
  users.admin = await createUser(payload, 'admin')
  users.editor = await createUser(payload, 'editor')
})

async function permissionsOf(role: 'anonymous' | 'editor' | 'admin') {
  const req = await createLocalReq(
    { user: role === 'anonymous' ? undefined : users[role] },
    payload,
  )
  return getAccessResults({ req })
}

type Permission = boolean | { permission: boolean; where?: unknown } | undefined

/** `true`, `false`, or which documents (Payload answers with a query when it depends on them). */
function simplify(permission: Permission) {
  if (typeof permission !== 'object') return Boolean(permission)
  if (!permission.where) return permission.permission
  const where = JSON.stringify(permission.where)
  if (where.includes('_status')) return 'published'
  if (where.includes('consent')) return 'consented'
  if (where.includes('"id"')) return 'own'
  return where
}

describe.each(['anonymous', 'editor', 'admin'] as const)('as %s', (role) => {
  it('has exactly the planned permissions on every collection', async () => {
    const permissions = await permissionsOf(role)
    const actual = Object.fromEntries(
      Object.keys(matrix).map((slug) => {
        const collection = permissions.collections?.[slug] as Record<Ops, Permission> | undefined
        const ops = ['read', 'create', 'update', 'delete'] as const
        return [slug, Object.fromEntries(ops.map((op) => [op, simplify(collection?.[op])]))]
      }),
    )
    const expected = Object.fromEntries(
      Object.entries(matrix).map(([slug, row]) => [slug, row[role]]),
    )
    expect(actual).toEqual(expected)
  })

  it('may read the site settings, and change them only as an admin', async () => {
    const globals = (await permissionsOf(role)).globals as unknown as Record<
      string,
      Record<Ops, Permission>
    >
    expect(simplify(globals?.['site-settings']?.read)).toBe(true)
    expect(simplify(globals?.['site-settings']?.update)).toBe(role === 'admin')
  })

  it('may read the published home page, its drafts and versions and change it only as an editor or admin', async () => {
    const globals = (await permissionsOf(role)).globals as unknown as Record<
      string,
      Record<Ops | 'readVersions', Permission>
    >
    const editor = role !== 'anonymous'
    expect(simplify(globals?.home?.read)).toBe(editor ? true : 'published')
    expect(simplify(globals?.home?.update)).toBe(editor)
    expect(simplify(globals?.home?.readVersions)).toBe(editor)
  })

  it('may read or change the availability (it holds the meeting link) only as an admin', async () => {
    const globals = (await permissionsOf(role)).globals as unknown as Record<
      string,
      Record<Ops, Permission>
    >
    expect(simplify(globals?.availability?.read)).toBe(role === 'admin')
    expect(simplify(globals?.availability?.update)).toBe(role === 'admin')
  })

  it('may open the admin only as an editor or admin', async () => {
    expect(Boolean((await permissionsOf(role)).canAccessAdmin)).toBe(role !== 'anonymous')
  })
})
