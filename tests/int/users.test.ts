import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const password = 'a-long-test-password-123'

describe('users', () => {
  it('makes the first account an admin and later ones editors', async () => {
    const owner = await payload.create({
      collection: 'users',
      data: { email: 'owner@example.com', password, roles: ['editor'] },
    })
    expect(owner.roles).toEqual(['admin'])

    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.com', password } as never,
    })
    expect(editor.roles).toEqual(['editor'])
  })

  it('lets nobody list users without a login', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
  })

  it('shows an editor only their own account and lets them not promote themselves', async () => {
    const editor = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'editor@example.com' } },
      })
    ).docs[0]
    const visible = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(visible.docs.map((user) => user.email)).toEqual(['editor@example.com'])

    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.roles).toEqual(['editor'])
  })

  it('lets an admin see every account', async () => {
    const owner = (
      await payload.find({ collection: 'users', where: { email: { equals: 'owner@example.com' } } })
    ).docs[0]
    const visible = await payload.find({ collection: 'users', overrideAccess: false, user: owner })
    expect(visible.totalDocs).toBe(2)
  })

  it('checks the password on login', async () => {
    const ok = await payload.login({
      collection: 'users',
      data: { email: 'owner@example.com', password },
    })
    expect(ok.token).toBeTruthy()
    await expect(
      payload.login({
        collection: 'users',
        data: { email: 'owner@example.com', password: 'wrong' },
      }),
    ).rejects.toThrow()
  })
})
