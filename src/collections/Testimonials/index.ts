import type { CollectionConfig } from 'payload'

import { consentedOrEditor } from '@/access/consentedOrEditor'
import { isAdminOrEditor, isAdminOrEditorField } from '@/access/isAdminOrEditor'
import { revalidateSite, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'
import { adminLabels, adminMessages, fieldHelp, fieldLabel } from '@/i18n/admin/text'

/**
 * What a client said, shown on the home page, on case studies and beside the forms. Public only
 * with the person's consent to publish it (the `consent` box); how they agreed stays internal.
 */
export const Testimonials: CollectionConfig = {
  slug: 'testimonials',
  labels: adminLabels((t) => t.collections.testimonials),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'company', 'consent', 'updatedAt'],
  },
  access: {
    read: consentedOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  defaultSort: '-createdAt',
  hooks: { afterChange: [revalidateSite], afterDelete: [revalidateSiteAfterDelete] },
  fields: [
    {
      name: 'quote',
      label: fieldLabel('quote'),
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 600,
    },
    {
      type: 'row',
      fields: [
        { name: 'name', label: fieldLabel('name'), type: 'text', required: true },
        { name: 'role', label: fieldLabel('role'), type: 'text', localized: true },
        { name: 'company', label: fieldLabel('company'), type: 'text' },
      ],
    },
    { name: 'photo', label: fieldLabel('photo'), type: 'upload', relationTo: 'media' },
    {
      name: 'link',
      label: fieldLabel('link'),
      type: 'text',
      admin: { description: fieldHelp('testimonialLink') },
      validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
        !value || (typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value))
          ? true
          : adminMessages(req.i18n?.language).errors.meetingLink,
    },
    {
      name: 'consent',
      label: fieldLabel('consent'),
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: fieldHelp('consent') },
    },
    {
      name: 'consentNote',
      label: fieldLabel('consentNote'),
      type: 'textarea',
      access: { read: isAdminOrEditorField },
      admin: { position: 'sidebar', description: fieldHelp('consentNote') },
    },
  ],
}
