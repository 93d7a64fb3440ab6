export const roles = ['admin', 'editor'] as const
export type Role = (typeof roles)[number]

/**
 * Whether the request's (or admin UI's) user has `role`. Takes anything with a `user`: a Payload
 * request, or the `{ user }` that admin options such as `hidden` receive.
 */
export function hasRole(req: { user?: object | null }, role: Role): boolean {
  const user = req.user as { roles?: Role[] | null } | null | undefined
  return Boolean(user?.roles?.includes(role))
}
