import type { CollectionConfig } from 'payload'
import { adminLabels, fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { publishedOrEditor } from '@/access/publishedOrEditor'
import { bodyField } from '@/fields/body'
import { publishProblemField } from '@/fields/publishProblem'
import { slugField } from '@/fields/slug'
import { previewUrl } from '@/lib/preview-url'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'
import { publishCheckEndpoint } from '@/publishing/endpoint'
import { indexAfterChange, removeAfterDelete } from '@/search/hooks'

import { redirectOldSlug } from '@/hooks/redirectOldSlug'

import { computeReadingTime } from './hooks/computeReadingTime'
import { setPublishedAt } from '@/hooks/setPublishedAt'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: adminLabels((t) => t.collections.articles),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'publishProblem', 'publishedAt', 'updatedAt'],
    preview: (doc, { locale }) => previewUrl('articles', doc.slug as string | undefined, locale),
    components: {
      // Payload's Publish button, whose Schedule Publish refuses a draft that could not be published.
      edit: {
        PublishButton: '@/components/admin/SchedulePublishButton.client#SchedulePublishButton',
      },
    },
  },
  access: {
    read: publishedOrEditor,
    readVersions: isAdminOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  versions: {
    // Each language is published (and scheduled, and unpublished) on its own.
    drafts: { autosave: { interval: 1000 }, schedulePublish: true, localizeStatus: true },
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  endpoints: [publishCheckEndpoint('articles')],
  hooks: {
    beforeChange: [computeReadingTime, setPublishedAt],
    afterChange: [redirectOldSlug('articles'), indexAfterChange('articles'), revalidateSite],
    afterDelete: [removeAfterDelete('articles'), revalidateSiteAfterDelete],
  },
  fields: [
    { name: 'title', label: fieldLabel('title'), type: 'text', required: true, localized: true },
    slugField('title'),
    {
      name: 'description',
      label: fieldLabel('description'),
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      admin: {
        description: fieldHelp('description'),
      },
    },
    bodyField,
    {
      name: 'tags',
      label: fieldLabel('tags'),
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      label: fieldLabel('author'),
      type: 'relationship',
      relationTo: 'authors',
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
      name: 'coverImage',
      label: fieldLabel('coverImage'),
      type: 'upload',
      relationTo: 'media',
      admin: { position: 'sidebar' },
    },
    {
      name: 'readingTime',
      label: fieldLabel('readingTime'),
      type: 'number',
      localized: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: fieldHelp('readingTime'),
      },
    },
    publishProblemField,
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
