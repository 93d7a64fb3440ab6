import type { APIRequestContext } from '@playwright/test'

import { doc, p } from '../../src/seed/lexical'

/** The e2e site's admin: created by whichever spec gets there first, then logged into. */
export const ADMIN = { email: 'owner@example.com', password: 'a-long-owner-password' }

/** A token for the REST API as the admin (`Authorization: JWT <token>`). */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const first = await request.post('/api/users/first-register', {
    data: { ...ADMIN, 'confirm-password': ADMIN.password },
  })
  if (first.ok()) return (await first.json()).token
  const login = await request.post('/api/users/login', { data: ADMIN })
  if (!login.ok()) throw new Error(`admin login failed: ${login.status()} ${await login.text()}`)
  return (await login.json()).token
}

/** A rich-text body of plain paragraphs, as the API takes it. */
export function lexicalParagraphs(...texts: string[]) {
  return doc(...texts.map(p))
}
