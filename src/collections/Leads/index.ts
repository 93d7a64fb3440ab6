import type { CollectionBeforeDeleteHook, CollectionConfig, Field } from 'payload'
import { adminLabels, adminText, fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { hiddenUnlessAdmin } from '@/access/hiddenUnlessAdmin'
import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import {
  budgetOptions,
  contactMethodOptions,
  languageOptions,
  projectTypeOptions,
} from '@/leads/options'

import { deletePersonalData, exportPersonalData } from './endpoints/personalData'

const leadStatuses = (
  ['new', 'call-booked', 'contacted', 'qualified', 'won', 'lost', 'spam'] as const
).map((value) => ({ value, label: adminText((t) => t.options.leadStatus[value]) }))

const deliveryStates = (
  ['pending', 'sending', 'sent', 'failed', 'skipped', 'duplicate'] as const
).map((value) => ({ value, label: adminText((t) => t.options.delivery[value]) }))

/** The delivery state of one email of this lead, kept up to date by the send task (leads/emails.ts). */
const delivery = (name: 'ownerEmail' | 'confirmationEmail'): Field => ({
  name,
  label: fieldLabel(name),
  type: 'group',
  admin: { readOnly: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'pending',
      label: fieldLabel('state'),
      options: deliveryStates,
    },
    { name: 'attempts', label: fieldLabel('attempts'), type: 'number', defaultValue: 0 },
    { name: 'lastError', label: fieldLabel('lastError'), type: 'text' },
    {
      name: 'sentAt',
      label: fieldLabel('sentAt'),
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    // While a runner sends it (src/leads/emails.ts); an expired claim is taken up again.
    { name: 'claimedUntil', type: 'date', admin: { hidden: true } },
  ],
})

/** A lead's booked calls go with it (a GDPR erasure leaves nothing of the person behind). */
const deleteBookings: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'bookings',
    where: { lead: { equals: id } },
    req,
    context: { disableRevalidate: true },
  })
}

/**
 * Consultation requests (from the contact form, and the booked calls of /book). Only admins read or change them; nobody creates one over REST or
 * GraphQL: the contact form's server action (Local API) is the only way in.
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  labels: adminLabels((t) => t.collections.leads),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'status', 'sourcePage', 'createdAt'],
    listSearchableFields: ['name', 'email', 'company'],
    group: adminText((t) => t.groups.clients),
    hidden: hiddenUnlessAdmin,
    components: {
      beforeListTable: ['@/components/admin/PersonalDataTools.client#PersonalDataTools'],
    },
  },
  endpoints: [exportPersonalData, deletePersonalData],
  access: {
    create: nobody,
    read: isAdmin,
    update: isAdmin,
    delete: isAdmin,
    readVersions: nobody,
  },
  defaultSort: '-createdAt',
  hooks: { beforeDelete: [deleteBookings] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', label: fieldLabel('name'), type: 'text', required: true },
        { name: 'email', label: fieldLabel('email'), type: 'email', required: true, index: true },
      ],
    },
    {
      name: 'status',
      label: fieldLabel('status'),
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: leadStatuses,
      admin: { position: 'sidebar' },
    },
    {
      name: 'notes',
      label: fieldLabel('notes'),
      type: 'textarea',
      admin: { position: 'sidebar', description: fieldHelp('notes') },
    },
    { name: 'company', label: fieldLabel('company'), type: 'text' },
    {
      type: 'row',
      fields: [
        {
          name: 'projectType',
          label: fieldLabel('projectType'),
          type: 'select',
          required: true,
          options: projectTypeOptions,
        },
        { name: 'budget', label: fieldLabel('budget'), type: 'select', options: budgetOptions },
      ],
    },
    { name: 'message', label: fieldLabel('message'), type: 'textarea', required: true },
    {
      name: 'bookings',
      label: fieldLabel('bookings'),
      type: 'join',
      collection: 'bookings',
      on: 'lead',
      admin: { defaultColumns: ['title', 'startsAt', 'status'] },
    },
    {
      name: 'language',
      label: fieldLabel('language'),
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: languageOptions,
      admin: { description: fieldHelp('leadLanguage') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'preferredContact',
          label: fieldLabel('preferredContact'),
          type: 'select',
          required: true,
          options: contactMethodOptions,
        },
        { name: 'telegram', label: fieldLabel('telegram'), type: 'text' },
      ],
    },
    {
      type: 'collapsible',
      label: fieldLabel('whereFrom'),
      fields: [
        { name: 'sourcePage', label: fieldLabel('sourcePage'), type: 'text', index: true },
        {
          type: 'row',
          fields: [
            { name: 'utmSource', label: fieldLabel('utmSource'), type: 'text' },
            { name: 'utmMedium', label: fieldLabel('utmMedium'), type: 'text' },
            { name: 'utmCampaign', label: fieldLabel('utmCampaign'), type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'utmTerm', label: fieldLabel('utmTerm'), type: 'text' },
            { name: 'utmContent', label: fieldLabel('utmContent'), type: 'text' },
          ],
        },
        {
          name: 'attributionNotes',
          label: fieldLabel('attributionNotes'),
          type: 'textarea',
          admin: {
            readOnly: true,
            description: fieldHelp('attributionNotes'),
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: fieldLabel('emails'),
      fields: [delivery('ownerEmail'), delivery('confirmationEmail')],
    },
    {
      type: 'collapsible',
      label: fieldLabel('record'),
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'consentAt',
          label: fieldLabel('consentAt'),
          type: 'date',
          required: true,
          admin: { readOnly: true },
        },
        {
          name: 'ipHash',
          label: fieldLabel('ipHash'),
          type: 'text',
          index: true,
          admin: {
            readOnly: true,
            description: fieldHelp('ipHash'),
          },
        },
        {
          name: 'userAgent',
          label: fieldLabel('userAgent'),
          type: 'text',
          admin: { readOnly: true },
        },
        {
          name: 'idempotencyKey',
          label: fieldLabel('idempotencyKey'),
          type: 'text',
          unique: true,
          admin: { readOnly: true },
        },
        {
          name: 'spamReason',
          label: fieldLabel('spamReason'),
          type: 'text',
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
