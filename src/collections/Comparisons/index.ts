import type { CollectionConfig } from 'payload'
import { adminLabels, fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { publishedOrEditor } from '@/access/publishedOrEditor'
import { slugField } from '@/fields/slug'
import { previewUrl } from '@/lib/preview-url'
import { indexAfterChange, removeAfterDelete } from '@/search/hooks'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'

import { redirectOldSlug } from '@/hooks/redirectOldSlug'

/** A head-to-head ("Django vs FastAPI"): its own page, and embeddable in articles. */
export const Comparisons: CollectionConfig = {
  slug: 'comparisons',
  labels: adminLabels((t) => t.collections.comparisons),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'optionA', 'optionB', 'languages', 'updatedAt'],
    preview: (doc, { locale }) => previewUrl('comparisons', doc.slug as string | undefined, locale),
  },
  access: {
    read: publishedOrEditor,
    readVersions: isAdminOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  // Each language is published on its own.
  versions: { drafts: { autosave: { interval: 1000 }, localizeStatus: true }, maxPerDoc: 50 },
  hooks: {
    afterChange: [redirectOldSlug('comparisons'), indexAfterChange('comparisons'), revalidateSite],
    afterDelete: [removeAfterDelete('comparisons'), revalidateSiteAfterDelete],
  },
  fields: [
    {
      name: 'title',
      label: fieldLabel('title'),
      type: 'text',
      required: true,
      localized: true,
      admin: { description: fieldHelp('comparisonTitle') },
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        { name: 'optionA', label: fieldLabel('firstOption'), type: 'text', required: true },
        { name: 'optionB', label: fieldLabel('secondOption'), type: 'text', required: true },
      ],
    },
    { name: 'intro', label: fieldLabel('intro'), type: 'textarea', localized: true },
    {
      name: 'rows',
      label: fieldLabel('rows'),
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: fieldLabel('row'), plural: fieldLabel('rows') },
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'feature',
          label: fieldLabel('feature'),
          type: 'text',
          required: true,
          localized: true,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'a',
              label: fieldLabel('firstOption'),
              type: 'text',
              required: true,
              localized: true,
            },
            {
              name: 'b',
              label: fieldLabel('secondOption'),
              type: 'text',
              required: true,
              localized: true,
            },
          ],
        },
        { name: 'note', label: fieldLabel('note'), type: 'text', localized: true },
      ],
    },
    { name: 'verdict', label: fieldLabel('verdict'), type: 'textarea', localized: true },
    {
      // The list's "Languages" column: where this is public, a draft, or not translated.
      name: 'languages',
      type: 'ui',
      label: fieldLabel('languages'),
      admin: {
        components: { Cell: '@/components/admin/LanguagesCell#LanguagesCell' },
      },
    },
  ],
}
