import type { Block } from 'payload'

import { adminLabels, fieldLabel } from '@/i18n/admin/text'

import { selectionFields } from '../selection'

/** What clients say: the latest or picked testimonials (only those with consent to publish). */
export const TestimonialsBlock: Block = {
  slug: 'testimonials',
  interfaceName: 'TestimonialsBlock',
  labels: adminLabels((t) => t.blocks.testimonials),
  fields: [
    { name: 'heading', label: fieldLabel('heading'), type: 'text', required: true },
    ...selectionFields('testimonials'),
  ],
}
