import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor'] as const
export type Role = (typeof roles)[number]

type WithUser = { req: Pick<PayloadRequest, 'user'> }

export function hasRole(req: WithUser['req'], role: Role): boolean {
  const user = req.user as { roles?: Role[] | null } | null | undefined
  return Boolean(user?.roles?.includes(role))
}
