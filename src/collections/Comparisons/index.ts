import type { CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { publishedOrEditor } from '@/access/publishedOrEditor'
import { slugField } from '@/fields/slug'
import { previewUrl } from '@/lib/preview-url'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'

import { redirectOldSlug } from '@/hooks/redirectOldSlug'

/** A head-to-head ("Django vs FastAPI"): its own page, and embeddable in articles. */
export const Comparisons: CollectionConfig = {
  slug: 'comparisons',
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
    afterChange: [redirectOldSlug('comparisons'), revalidateSite],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'e.g. Django vs FastAPI' },
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        { name: 'optionA', label: 'First option', type: 'text', required: true },
        { name: 'optionB', label: 'Second option', type: 'text', required: true },
      ],
    },
    { name: 'intro', type: 'textarea', localized: true },
    {
      name: 'rows',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Row', plural: 'Rows' },
      admin: { initCollapsed: false },
      fields: [
        { name: 'feature', type: 'text', required: true, localized: true },
        {
          type: 'row',
          fields: [
            { name: 'a', label: 'First option', type: 'text', required: true, localized: true },
            { name: 'b', label: 'Second option', type: 'text', required: true, localized: true },
          ],
        },
        { name: 'note', type: 'text', localized: true },
      ],
    },
    { name: 'verdict', type: 'textarea', localized: true },
    {
      // The list's "Languages" column: where this is public, a draft, or not translated.
      name: 'languages',
      type: 'ui',
      label: { en: 'Languages', es: 'Idiomas', ru: 'Языки' },
      admin: {
        components: { Cell: '@/components/admin/LanguagesCell#LanguagesCell' },
      },
    },
  ],
}
