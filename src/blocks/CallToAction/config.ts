import type { Block } from 'payload'
import { adminLabels, fieldHelp, fieldLabel } from '@/i18n/admin/text'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: adminLabels((t) => t.blocks.callToAction),
  fields: [
    {
      type: 'collapsible',
      label: fieldLabel('ctaTexts'),
      fields: [
        { name: 'heading', label: fieldLabel('heading'), type: 'text' },
        { name: 'text', label: fieldLabel('text'), type: 'textarea' },
        { name: 'buttonLabel', label: fieldLabel('buttonLabel'), type: 'text' },
        {
          name: 'link',
          label: fieldLabel('link'),
          type: 'text',
          admin: { description: fieldHelp('ctaLink') },
        },
      ],
    },
  ],
}
