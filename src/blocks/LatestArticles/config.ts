import type { Block } from 'payload'

import { adminLabels, fieldLabel } from '@/i18n/admin/text'

/** The newest articles in the page's language, with a link to all of them. */
export const LatestArticlesBlock: Block = {
  slug: 'latestArticles',
  interfaceName: 'LatestArticlesBlock',
  labels: adminLabels((t) => t.blocks.latestArticles),
  fields: [
    { name: 'heading', label: fieldLabel('heading'), type: 'text', required: true },
    {
      name: 'count',
      label: fieldLabel('howMany'),
      type: 'number',
      required: true,
      min: 1,
      max: 12,
      defaultValue: 5,
    },
  ],
}
