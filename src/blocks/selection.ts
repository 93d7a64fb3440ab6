import type { Field } from 'payload'

import { adminText, fieldHelp, fieldLabel } from '@/i18n/admin/text'

/**
 * "Which ones" of a block that lists documents: the latest `limit`, or the ones picked (in the
 * picked order). Shared by the case studies and testimonials blocks.
 */
export function selectionFields(relationTo: 'case-studies' | 'testimonials'): Field[] {
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'selection',
          label: fieldLabel('selection'),
          type: 'radio',
          required: true,
          defaultValue: 'latest',
          options: [
            { value: 'latest', label: adminText((t) => t.options.selection.latest) },
            { value: 'picked', label: adminText((t) => t.options.selection.picked) },
          ],
          admin: { description: fieldHelp('selection') },
        },
        {
          name: 'limit',
          label: fieldLabel('howMany'),
          type: 'number',
          min: 1,
          max: 12,
          defaultValue: 3,
          admin: { condition: (_, sibling) => sibling?.selection !== 'picked' },
        },
      ],
    },
    {
      name: 'picked',
      label: fieldLabel('picked'),
      type: 'relationship',
      relationTo,
      hasMany: true,
      admin: { condition: (_, sibling) => sibling?.selection === 'picked' },
    },
  ]
}
