import type { Block } from 'payload'
import { adminLabels, fieldHelp, fieldLabel } from '@/i18n/admin/text'

export const ComparisonTableBlock: Block = {
  slug: 'comparisonTable',
  interfaceName: 'ComparisonTableBlock',
  labels: adminLabels((t) => t.blocks.comparisonTable),
  fields: [
    {
      name: 'comparison',
      label: fieldLabel('comparison'),
      type: 'relationship',
      relationTo: 'comparisons',
      required: true,
      admin: {
        description: fieldHelp('comparison'),
      },
    },
  ],
}
