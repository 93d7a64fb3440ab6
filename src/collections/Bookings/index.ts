import type { CollectionConfig } from 'payload'

import { hiddenUnlessAdmin } from '@/access/hiddenUnlessAdmin'
import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { languageOptions } from '@/leads/options'
import { adminLabels, adminText, fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { bookingPageAfterChange, bookingPageAfterDelete } from './hooks/freedOrTaken'
import { announceChange, reviseInvite } from './hooks/invites'

const bookingStatuses = (['confirmed', 'cancelled'] as const).map((value) => ({
  value,
  label: adminText((t) => t.options.bookingStatus[value]),
}))

/**
 * Free calls booked on /book (src/booking). Each belongs to a lead (status "call booked"), so
 * the dashboard and the GDPR tools see it. Only admins read or change them; nobody creates one
 * over REST or GraphQL: the booking form's server action is the only way in.
 *
 * Two confirmed calls never overlap: the database refuses it (an exclusion constraint on
 * [startsAt, holdUntil), migration 20261126_150000_booking). Cancelling (here or by the signed
 * link in the invite) or moving a call raises its invite's revision and queues the emails that
 * update both calendars (hooks/invites.ts).
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: adminLabels((t) => t.collections.bookings),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'status', 'lead'],
    listSearchableFields: ['title'],
    group: adminText((t) => t.groups.clients),
    hidden: hiddenUnlessAdmin,
  },
  access: {
    create: nobody,
    read: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: '-startsAt',
  hooks: {
    beforeChange: [reviseInvite],
    afterChange: [announceChange, bookingPageAfterChange],
    afterDelete: [bookingPageAfterDelete],
  },
  fields: [
    { name: 'title', label: fieldLabel('title'), type: 'text', admin: { readOnly: true } },
    {
      name: 'status',
      label: fieldLabel('status'),
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      index: true,
      options: bookingStatuses,
      admin: { position: 'sidebar' },
    },
    {
      name: 'lead',
      label: fieldLabel('lead'),
      type: 'relationship',
      relationTo: 'leads',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: fieldLabel('startsAt'),
          type: 'date',
          required: true,
          index: true,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          label: fieldLabel('endsAt'),
          type: 'date',
          required: true,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    // The end plus the buffer after it: what the exclusion constraint keeps free.
    { name: 'holdUntil', type: 'date', required: true, admin: { hidden: true } },
    { name: 'topic', label: fieldLabel('topic'), type: 'textarea', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'timeZone',
          label: fieldLabel('visitorTimeZone'),
          type: 'text',
          required: true,
          admin: { readOnly: true, description: fieldHelp('visitorTimeZone') },
        },
        {
          name: 'language',
          label: fieldLabel('language'),
          type: 'select',
          required: true,
          defaultValue: 'en',
          options: languageOptions,
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'uid',
          label: fieldLabel('uid'),
          type: 'text',
          required: true,
          unique: true,
          admin: { readOnly: true },
        },
        {
          name: 'sequence',
          label: fieldLabel('sequence'),
          type: 'number',
          required: true,
          defaultValue: 0,
          admin: { readOnly: true, description: fieldHelp('sequence') },
        },
        {
          name: 'cancelledAt',
          label: fieldLabel('cancelledAt'),
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ],
}
