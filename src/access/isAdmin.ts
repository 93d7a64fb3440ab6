import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Signed-in users with the admin role. */
export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')
