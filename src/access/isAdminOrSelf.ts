import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins see every user; anyone else signed in sees only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req, 'admin')) return true
  return { id: { equals: req.user.id } }
}
