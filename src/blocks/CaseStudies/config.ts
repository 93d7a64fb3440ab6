import type { Block } from 'payload'

import { adminLabels, fieldLabel } from '@/i18n/admin/text'

import { selectionFields } from '../selection'

/** Proof: case studies with their outcomes, the latest or picked ones. */
export const CaseStudiesBlock: Block = {
  slug: 'caseStudies',
  interfaceName: 'CaseStudiesBlock',
  labels: adminLabels((t) => t.blocks.caseStudies),
  fields: [
    { name: 'heading', label: fieldLabel('heading'), type: 'text', required: true },
    { name: 'intro', label: fieldLabel('intro'), type: 'textarea' },
    ...selectionFields('case-studies'),
  ],
}
