import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Signed-in users who edit content: admins and editors. */
export const isAdminOrEditor: Access = ({ req }) => hasRole(req, 'admin') || hasRole(req, 'editor')

export const isAdminOrEditorField: FieldAccess = ({ req }) =>
  hasRole(req, 'admin') || hasRole(req, 'editor')
