import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins read everything, drafts included; everyone else only what is published in
 * the language asked for, and written in it. Payload's Publish button publishes every language
 * at once (per-language publishing is its dropdown), so an English article published that way is
 * "published" in Spanish with no Spanish text: it has no title there, and stays out of sight.
 */
export const publicInItsLanguage: Where = {
  and: [{ _status: { equals: 'published' } }, { title: { exists: true } }],
}

export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req, 'admin') || hasRole(req, 'editor')) return true
  return publicInItsLanguage
}
