import type { CollectionConfig } from 'payload'
import { adminLabels, adminText, fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { canAccessAdmin } from '@/access/canAccessAdmin'
import { hiddenUnlessAdmin } from '@/access/hiddenUnlessAdmin'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { roles } from '@/access/roles'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { clearSignedInHint, renewSignedInHint, setSignedInHint } from './hooks/signedInHint'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: adminLabels((t) => t.collections.users),
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 60 * 60 * 8,
    // A session row per login: logging out deletes it, so a copied token stops working too.
    useSessions: true,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
    // Editors manage their own account under /admin/account, not the list of users.
    hidden: hiddenUnlessAdmin,
  },
  access: {
    admin: canAccessAdmin,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    // The non-secret "signed in" cookie the admin bar and the shared cache look at.
    afterLogin: [setSignedInHint],
    afterRefresh: [renewSignedInHint],
    afterLogout: [clearSignedInHint],
  },
  fields: [
    {
      name: 'name',
      label: fieldLabel('name'),
      type: 'text',
    },
    {
      name: 'roles',
      label: fieldLabel('roles'),
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({
        label: adminText((t) => t.options.roles[role]),
        value: role,
      })),
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      admin: {
        description: fieldHelp('roles'),
      },
    },
  ],
}
