import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins read every testimonial; everyone else only those the person agreed to have
 * published (`consent` ticked).
 */
export const consentedOrEditor: Access = ({ req }) => {
  if (hasRole(req, 'admin') || hasRole(req, 'editor')) return true
  return { consent: { equals: true } }
}
