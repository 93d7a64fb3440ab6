import type { CollectionConfig } from 'payload'
import { adminLabels, fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { slugField } from '@/fields/slug'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'

/**
 * Public author profiles for bylines. Kept apart from `users` so that nothing private about an
 * account (email, roles, sessions) can ever reach a page.
 */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: adminLabels((t) => t.collections.authors),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'city'] },
  access: {
    read: anyone,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  hooks: {
    afterChange: [revalidateSite],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    { name: 'name', label: fieldLabel('name'), type: 'text', required: true },
    slugField('name', { localized: false }),
    {
      name: 'role',
      label: fieldLabel('role'),
      type: 'text',
      required: true,
      localized: true,
      admin: { description: fieldHelp('role') },
    },
    { name: 'city', label: fieldLabel('city'), type: 'text', localized: true },
    { name: 'bio', label: fieldLabel('bio'), type: 'textarea', localized: true },
    { name: 'photo', label: fieldLabel('photo'), type: 'upload', relationTo: 'media' },
    {
      name: 'links',
      label: fieldLabel('links'),
      labels: { singular: fieldLabel('link'), plural: fieldLabel('links') },
      type: 'array',
      fields: [
        { name: 'label', label: fieldLabel('label'), type: 'text', required: true },
        { name: 'url', label: fieldLabel('url'), type: 'text', required: true },
      ],
    },
  ],
}
