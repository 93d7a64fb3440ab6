/** Accounts for the integration tests, made in one call instead of the create call written out. */
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

const TEST_PASSWORD = 'a-long-test-password-123'

type Role = User['roles'][number]

/** A user with this one role; the email is `<role>@example.com` unless given. */
export function createUser(payload: Payload, role: Role, email = `${role}@example.com`) {
  return payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, roles: [role] },
  })
}
