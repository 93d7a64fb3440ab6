import path from 'node:path'
import { adminLabels, fieldHelp, fieldLabel } from '@/i18n/admin/text'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { getServerEnv } from '@/lib/env'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'

import { versionMediaUrls } from './hooks/versionUrls'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: adminLabels((t) => t.collections.media),
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'caption', 'updatedAt'] },
  access: {
    read: anyone,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  hooks: {
    // Media has no drafts: a new file, alt text or caption is live at once on every page using it.
    afterChange: [revalidateSite],
    afterDelete: [revalidateSiteAfterDelete],
    afterRead: [versionMediaUrls],
  },
  upload: {
    // Uploaded files live beside the other local data (DATA_DIR), never in the repository; with
    // S3_BUCKET set, in that bucket instead (src/plugins/mediaStorage.ts), and this is unused.
    staticDir: path.join(getServerEnv().DATA_DIR, 'media'),
    mimeTypes: ['image/*'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 768 },
      { name: 'wide', width: 1280 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: fieldLabel('alt'),
      type: 'text',
      required: true,
      admin: { description: fieldHelp('alt') },
    },
    {
      name: 'caption',
      label: fieldLabel('caption'),
      type: 'text',
      admin: { description: fieldHelp('caption') },
    },
  ],
}
