import type { CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { publishedOrEditor } from '@/access/publishedOrEditor'
import { slugField } from '@/fields/slug'
import { redirectOldSlug } from '@/hooks/redirectOldSlug'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'
import { setPublishedAt } from '@/hooks/setPublishedAt'
import { adminLabels, fieldHelp, fieldLabel } from '@/i18n/admin/text'
import { previewUrl } from '@/lib/preview-url'

/**
 * A problem solved for a client, with its outcomes as figures: its own page (/cases/<slug>), the
 * home page's proof, and "Where I used this" under articles that share one of its tags.
 */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: adminLabels((t) => t.collections.caseStudies),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'client', 'languages', 'publishedAt', 'updatedAt'],
    preview: (doc, { locale }) =>
      previewUrl('case-studies', doc.slug as string | undefined, locale),
  },
  access: {
    read: publishedOrEditor,
    readVersions: isAdminOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  // Each language is published (and scheduled) on its own, like articles.
  versions: {
    drafts: { autosave: { interval: 1000 }, schedulePublish: true, localizeStatus: true },
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [setPublishedAt],
    afterChange: [redirectOldSlug('case-studies'), revalidateSite],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    { name: 'title', label: fieldLabel('title'), type: 'text', required: true, localized: true },
    slugField('title'),
    {
      name: 'client',
      label: fieldLabel('client'),
      type: 'text',
      required: true,
      localized: true,
      admin: { description: fieldHelp('client') },
    },
    {
      name: 'summary',
      label: fieldLabel('summary'),
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: fieldHelp('summary') },
    },
    {
      name: 'problem',
      label: fieldLabel('problem'),
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: fieldHelp('problem') },
    },
    {
      name: 'work',
      label: fieldLabel('work'),
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: fieldHelp('work') },
    },
    {
      name: 'outcomes',
      label: fieldLabel('outcomes'),
      labels: { singular: fieldLabel('outcome'), plural: fieldLabel('outcomes') },
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 6,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'metric',
              label: fieldLabel('metric'),
              type: 'text',
              required: true,
              localized: true,
              admin: { description: fieldHelp('metric') },
            },
            {
              name: 'figure',
              label: fieldLabel('figure'),
              type: 'text',
              required: true,
              localized: true,
              admin: { description: fieldHelp('figure') },
            },
          ],
        },
      ],
    },
    {
      name: 'tags',
      label: fieldLabel('tags'),
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      admin: { position: 'sidebar', description: fieldHelp('caseStudyTags') },
    },
    {
      name: 'testimonial',
      label: fieldLabel('testimonial'),
      type: 'relationship',
      relationTo: 'testimonials',
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      label: fieldLabel('publishedAt'),
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: fieldHelp('publishedAt'),
      },
    },
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
