import { hasRole } from './roles'

/**
 * For `admin.hidden`: keeps a collection or global out of an editor's admin (navigation, routes,
 * dashboard cards). Access rules still do the real gatekeeping; this only tidies the editor's view.
 */
export const hiddenUnlessAdmin = ({ user }: { user: object | null }) => !hasRole({ user }, 'admin')
