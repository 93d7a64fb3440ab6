import type { CollectionConfig } from 'payload'
import { adminLabels, fieldLabel } from '@/i18n/admin/text'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { slugField } from '@/fields/slug'
import { reindexTaggedArticles } from '@/search/hooks'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'

export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: adminLabels((t) => t.collections.tags),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt'] },
  access: {
    read: anyone,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  hooks: {
    afterChange: [reindexTaggedArticles, revalidateSite],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    { name: 'name', label: fieldLabel('name'), type: 'text', required: true, localized: true },
    slugField('name'),
    {
      name: 'description',
      label: fieldLabel('description'),
      type: 'textarea',
      localized: true,
    },
  ],
}
