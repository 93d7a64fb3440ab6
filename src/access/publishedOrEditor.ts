import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins read everything, drafts included; everyone else only what is published. */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req, 'admin') || hasRole(req, 'editor')) return true
  return { _status: { equals: 'published' } }
}
