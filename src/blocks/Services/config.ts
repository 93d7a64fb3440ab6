import type { Block } from 'payload'

import { actionLinkField } from '@/fields/actionLink'
import { adminLabels, fieldHelp, fieldLabel } from '@/i18n/admin/text'

/** What the owner offers: three to six services, each with a paragraph, an optional price and a link. */
export const ServicesBlock: Block = {
  slug: 'services',
  interfaceName: 'ServicesBlock',
  labels: adminLabels((t) => t.blocks.services),
  fields: [
    { name: 'heading', label: fieldLabel('heading'), type: 'text', required: true },
    { name: 'intro', label: fieldLabel('intro'), type: 'textarea' },
    {
      name: 'services',
      label: fieldLabel('services'),
      labels: { singular: fieldLabel('service'), plural: fieldLabel('services') },
      type: 'array',
      minRows: 3,
      maxRows: 6,
      required: true,
      fields: [
        { name: 'title', label: fieldLabel('title'), type: 'text', required: true },
        { name: 'description', label: fieldLabel('description'), type: 'textarea', required: true },
        {
          type: 'row',
          fields: [
            {
              name: 'priceFrom',
              label: fieldLabel('priceFrom'),
              type: 'number',
              min: 0,
              admin: { description: fieldHelp('priceFrom') },
            },
            actionLinkField('link'),
          ],
        },
      ],
    },
  ],
}
