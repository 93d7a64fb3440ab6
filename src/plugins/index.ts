/**
 * The Payload plugins the site uses, each with the access rules and hooks of the collection it
 * adds: redirects (old addresses of renamed articles and comparisons, and hand-made ones), the
 * CSV export of leads, SEO fields on articles and comparisons, and where media files are stored
 * (a local folder, or an S3-compatible bucket when S3_BUCKET is set).
 */
import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'
import { adminText } from '@/i18n/admin/text'

import { anyone } from '@/access/anyone'
import { hiddenUnlessAdmin } from '@/access/hiddenUnlessAdmin'
import { isAdmin } from '@/access/isAdmin'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'
import { getServerEnv } from '@/lib/env'

import { mediaStorage } from './mediaStorage'

/** The fields of an article or comparison the SEO plugin fills its defaults from. */
type SeoSource = { title?: string; description?: string; intro?: string }

export const plugins: Plugin[] = [
  // Old addresses of renamed articles, comparisons and case studies (made by their hooks), and hand-made ones.
  redirectsPlugin({
    collections: ['articles', 'comparisons', 'case-studies'],
    overrides: {
      admin: {
        group: adminText((t) => t.groups.content),
        defaultColumns: ['from', 'to.type', 'updatedAt'],
      },
      access: {
        read: anyone,
        create: isAdminOrEditor,
        update: isAdminOrEditor,
        delete: isAdminOrEditor,
      },
      hooks: { afterChange: [revalidateSite], afterDelete: [revalidateSiteAfterDelete] },
    },
  }),
  // CSV export of the leads list (admins only: the export reads leads with the user's access).
  importExportPlugin({
    collections: [{ slug: 'leads', export: { format: 'csv' }, import: false }],
    overrideExportCollection: ({ collection }) => ({
      ...collection,
      admin: { ...collection.admin, hidden: hiddenUnlessAdmin },
      access: { read: isAdmin, create: isAdmin, update: () => false, delete: isAdmin },
    }),
  }),
  seoPlugin({
    collections: ['articles', 'comparisons'],
    uploadsCollection: 'media',
    tabbedUI: false,
    // The sharing title, description and image are written per language, like the article.
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        field.type === 'ui' ? field : Object.assign({}, field, { localized: true }),
      ),
    generateTitle: ({ doc }) => (doc as SeoSource).title ?? '',
    generateDescription: ({ doc }) =>
      (doc as SeoSource).description ?? (doc as SeoSource).intro ?? '',
  }),
  mediaStorage(getServerEnv().S3_STORAGE),
]
