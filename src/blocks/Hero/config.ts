import type { Block, Field } from 'payload'

import { actionLinkField } from '@/fields/actionLink'
import { adminLabels, adminMessages, fieldHelp, fieldLabel } from '@/i18n/admin/text'

const action = (name: 'primary' | 'secondary', required: boolean): Field => ({
  name,
  label: fieldLabel(name === 'primary' ? 'primaryAction' : 'secondaryAction'),
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', label: fieldLabel('label'), type: 'text', required },
        actionLinkField('link', { required }),
      ],
    },
  ],
})

/** The top of the home page: what the owner does, and the way to start. */
export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: adminLabels((t) => t.blocks.hero),
  fields: [
    { name: 'headline', label: fieldLabel('headline'), type: 'text', required: true },
    { name: 'subline', label: fieldLabel('subline'), type: 'textarea' },
    action('primary', true),
    action('secondary', false),
    {
      type: 'row',
      fields: [
        { name: 'portrait', label: fieldLabel('portrait'), type: 'upload', relationTo: 'media' },
        {
          name: 'portraitAlt',
          label: fieldLabel('portraitAlt'),
          type: 'text',
          admin: { description: fieldHelp('portraitAlt') },
          validate: (
            value: unknown,
            {
              siblingData,
              req,
            }: { siblingData: { portrait?: unknown }; req: { i18n?: { language?: string } } },
          ) =>
            !siblingData.portrait || (typeof value === 'string' && value.trim())
              ? true
              : adminMessages(req.i18n?.language).errors.portraitAlt,
        },
      ],
    },
  ],
}
