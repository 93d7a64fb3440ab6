import type { CollectionConfig, Field } from 'payload'

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

const leadStatuses = [
  { label: 'New', value: 'new' },
  { label: 'Contacted', value: 'contacted' },
  { label: 'Qualified', value: 'qualified' },
  { label: 'Won', value: 'won' },
  { label: 'Lost', value: 'lost' },
  { label: 'Spam', value: 'spam' },
]

/** The delivery state of one email of this lead, kept up to date by the send task (leads/emails.ts). */
const delivery = (name: string, label: string): Field => ({
  name,
  label,
  type: 'group',
  admin: { readOnly: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'pending',
      options: [
        { label: 'Pending', value: 'pending' },
        { label: 'Sending', value: 'sending' },
        { label: 'Sent', value: 'sent' },
        { label: 'Failed', value: 'failed' },
        { label: 'Not sent (spam)', value: 'skipped' },
        { label: 'Not sent (already confirmed today)', value: 'duplicate' },
      ],
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastError', type: 'text' },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // While a runner sends it (src/leads/emails.ts); an expired claim is taken up again.
    { name: 'claimedUntil', type: 'date', admin: { hidden: true } },
  ],
})

/**
 * Consultation requests. Only admins read or change them; nobody creates one over REST or
 * GraphQL: the contact form's server action (Local API) is the only way in.
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'status', 'sourcePage', 'createdAt'],
    listSearchableFields: ['name', 'email', 'company'],
    group: 'Clients',
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
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'email', type: 'email', required: true, index: true },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: leadStatuses,
      admin: { position: 'sidebar' },
    },
    {
      name: 'notes',
      type: 'textarea',
      admin: { position: 'sidebar', description: 'Internal only.' },
    },
    { name: 'company', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'projectType', type: 'select', required: true, options: projectTypeOptions },
        { name: 'budget', type: 'select', options: budgetOptions },
      ],
    },
    { name: 'message', type: 'textarea', required: true },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: languageOptions,
      admin: { description: 'The language of the page the request was sent from.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'preferredContact',
          type: 'select',
          required: true,
          options: contactMethodOptions,
        },
        { name: 'telegram', type: 'text' },
      ],
    },
    {
      type: 'collapsible',
      label: 'Where they came from',
      fields: [
        { name: 'sourcePage', type: 'text', index: true },
        {
          type: 'row',
          fields: [
            { name: 'utmSource', type: 'text' },
            { name: 'utmMedium', type: 'text' },
            { name: 'utmCampaign', type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'utmTerm', type: 'text' },
            { name: 'utmContent', type: 'text' },
          ],
        },
        {
          name: 'attributionNotes',
          type: 'textarea',
          admin: {
            readOnly: true,
            description:
              'What was wrong with the attribution the form sent (cut or dropped values). The lead itself is unaffected.',
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Emails',
      fields: [
        delivery('ownerEmail', 'Notification to you'),
        delivery('confirmationEmail', 'Confirmation to them'),
      ],
    },
    {
      type: 'collapsible',
      label: 'Record',
      admin: { initCollapsed: true },
      fields: [
        { name: 'consentAt', type: 'date', required: true, admin: { readOnly: true } },
        {
          name: 'ipHash',
          type: 'text',
          index: true,
          admin: {
            readOnly: true,
            description: 'A keyed hash of the address; the address itself is never stored.',
          },
        },
        { name: 'userAgent', type: 'text', admin: { readOnly: true } },
        { name: 'idempotencyKey', type: 'text', unique: true, admin: { readOnly: true } },
        { name: 'spamReason', type: 'text', admin: { readOnly: true } },
      ],
    },
  ],
}
