import type { GlobalConfig } from 'payload'
import { LOCALE_NAMES, LOCALES } from '@/lib/locales'
import { DEFAULT_TIME_ZONE } from '@/lib/site'
import { isTimeZone } from '@/lib/time-zone'

import { anyone } from '@/access/anyone'
import { hiddenUnlessAdmin } from '@/access/hiddenUnlessAdmin'
import { isAdmin } from '@/access/isAdmin'
import { revalidateSiteGlobal } from '@/hooks/revalidateSite'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  // Public content (site name, contact address), so anyone reads it; only admins see it in /admin.
  admin: { hidden: hiddenUnlessAdmin },
  access: {
    read: anyone,
    update: isAdmin,
  },
  hooks: { afterChange: [revalidateSiteGlobal] },
  fields: [
    { name: 'siteName', type: 'text', required: true },
    { name: 'ownerName', type: 'text', required: true },
    { name: 'tagline', type: 'text', localized: true },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      admin: { description: 'Shown on the home page.' },
    },
    { name: 'contactEmail', type: 'email', required: true },
    {
      name: 'ownerLanguage',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] })),
      admin: { description: 'The language of the notifications you get about new requests.' },
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_TIME_ZONE,
      admin: { description: 'Dates on the site are shown in it, e.g. Europe/Madrid.' },
      validate: (value: unknown) =>
        typeof value === 'string' && isTimeZone(value)
          ? true
          : 'An IANA time zone, e.g. Europe/Madrid',
    },
    { name: 'telegram', type: 'text', admin: { description: 'Handle, e.g. @yourname' } },
    {
      name: 'cta',
      label: 'Default call to action',
      type: 'group',
      fields: [
        { name: 'heading', type: 'text', required: true, localized: true },
        { name: 'text', type: 'textarea', localized: true },
        { name: 'buttonLabel', type: 'text', required: true, localized: true },
        { name: 'link', type: 'text', required: true, defaultValue: '/contact' },
      ],
    },
    {
      name: 'navigation',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true, localized: true },
        {
          name: 'url',
          type: 'text',
          required: true,
          admin: {
            description: 'An address on this site, e.g. /articles: each language gets its own.',
          },
        },
      ],
    },
  ],
}
