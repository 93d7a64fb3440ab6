import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Who may open /admin at all. */
export const canAccessAdmin = ({ req }: { req: PayloadRequest }) =>
  hasRole(req, 'admin') || hasRole(req, 'editor')
