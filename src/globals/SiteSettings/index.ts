import type { GlobalConfig } from 'payload'
import { LOCALE_NAMES, LOCALES } from '@/lib/locales'
import { DEFAULT_TIME_ZONE } from '@/lib/site'
import { isTimeZone } from '@/lib/time-zone'
import { DEFAULT_ACCENT, HEX_COLOUR } from '@/lib/accent'
import { adminMessages, adminText, fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { anyone } from '@/access/anyone'
import { hiddenUnlessAdmin } from '@/access/hiddenUnlessAdmin'
import { isAdmin } from '@/access/isAdmin'
import { revalidateSiteGlobal } from '@/hooks/revalidateSite'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: adminText((t) => t.siteSettings),
  // Public content (site name, contact address), so anyone reads it; only admins see it in /admin.
  admin: { hidden: hiddenUnlessAdmin },
  access: {
    read: anyone,
    update: isAdmin,
  },
  hooks: { afterChange: [revalidateSiteGlobal] },
  fields: [
    { name: 'siteName', label: fieldLabel('siteName'), type: 'text', required: true },
    { name: 'ownerName', label: fieldLabel('ownerName'), type: 'text', required: true },
    { name: 'tagline', label: fieldLabel('tagline'), type: 'text', localized: true },
    {
      name: 'intro',
      label: fieldLabel('intro'),
      type: 'textarea',
      localized: true,
      admin: { description: fieldHelp('intro') },
    },
    { name: 'contactEmail', label: fieldLabel('contactEmail'), type: 'email', required: true },
    {
      name: 'ownerLanguage',
      label: fieldLabel('ownerLanguage'),
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] })),
      admin: { description: fieldHelp('ownerLanguage') },
    },
    {
      name: 'timeZone',
      label: fieldLabel('timeZone'),
      type: 'text',
      required: true,
      defaultValue: DEFAULT_TIME_ZONE,
      admin: { description: fieldHelp('timeZone') },
      validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
        typeof value === 'string' && isTimeZone(value)
          ? true
          : adminMessages(req.i18n?.language).errors.timeZone,
    },
    {
      name: 'brandAccent',
      label: fieldLabel('brandAccent'),
      type: 'text',
      required: true,
      defaultValue: DEFAULT_ACCENT,
      admin: { description: fieldHelp('brandAccent') },
      validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
        typeof value === 'string' && HEX_COLOUR.test(value)
          ? true
          : adminMessages(req.i18n?.language).errors.hexColour,
    },
    {
      name: 'telegram',
      label: fieldLabel('telegram'),
      type: 'text',
      admin: { description: fieldHelp('telegram') },
    },
    {
      name: 'cta',
      label: fieldLabel('cta'),
      type: 'group',
      fields: [
        {
          name: 'heading',
          label: fieldLabel('heading'),
          type: 'text',
          required: true,
          localized: true,
        },
        { name: 'text', label: fieldLabel('text'), type: 'textarea', localized: true },
        {
          name: 'buttonLabel',
          label: fieldLabel('buttonLabel'),
          type: 'text',
          required: true,
          localized: true,
        },
        {
          name: 'link',
          label: fieldLabel('link'),
          type: 'text',
          required: true,
          defaultValue: '/contact',
        },
      ],
    },
    {
      name: 'navigation',
      label: fieldLabel('navigation'),
      labels: { singular: fieldLabel('navigationItem'), plural: fieldLabel('navigation') },
      type: 'array',
      fields: [
        {
          name: 'label',
          label: fieldLabel('label'),
          type: 'text',
          required: true,
          localized: true,
        },
        {
          name: 'url',
          label: fieldLabel('url'),
          type: 'text',
          required: true,
          admin: {
            description: fieldHelp('navigationUrl'),
          },
        },
      ],
    },
  ],
}
