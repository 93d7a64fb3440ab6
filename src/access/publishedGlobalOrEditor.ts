import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * For a global with drafts: editors and admins read its drafts; everyone else only the published
 * version, even when they ask for the draft.
 */
export const publishedGlobalOrEditor: Access = ({ req }) => {
  if (hasRole(req, 'admin') || hasRole(req, 'editor')) return true
  return { _status: { equals: 'published' } }
}
