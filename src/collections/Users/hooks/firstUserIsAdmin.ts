import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account (the one made on /admin's create-first-user screen) becomes an admin.
 * Later accounts get the roles an admin gives them, editor by default.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  if (!Array.isArray(data.roles) || data.roles.length === 0) return { ...data, roles: ['editor'] }
  return data
}
