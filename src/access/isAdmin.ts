import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Signed-in users with the admin role. */
export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')

/** Who may queue, run or cancel jobs over the API. */
export const isAdminJobs = ({ req }: { req: Pick<PayloadRequest, 'user'> }) => hasRole(req, 'admin')
