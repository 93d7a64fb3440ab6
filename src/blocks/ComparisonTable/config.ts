import type { Block } from 'payload'

export const ComparisonTableBlock: Block = {
  slug: 'comparisonTable',
  interfaceName: 'ComparisonTableBlock',
  labels: { singular: 'Comparison table', plural: 'Comparison tables' },
  fields: [
    {
      name: 'comparison',
      type: 'relationship',
      relationTo: 'comparisons',
      required: true,
      admin: {
        description:
          'Rows are edited on the comparison itself; every article embedding it updates.',
      },
    },
  ],
}
