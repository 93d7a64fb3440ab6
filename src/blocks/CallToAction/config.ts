import type { Block } from 'payload'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    {
      type: 'collapsible',
      label: 'Texts (empty: the defaults from Site settings)',
      fields: [
        { name: 'heading', type: 'text' },
        { name: 'text', type: 'textarea' },
        { name: 'buttonLabel', type: 'text' },
        { name: 'link', type: 'text', admin: { description: 'Default: /contact' } },
      ],
    },
  ],
}
