import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'
import { fieldLabel } from '@/i18n/admin/text'

import { CallToActionBlock } from '@/blocks/CallToAction/config'
import { CodeBlock } from '@/blocks/Code/config'
import { ComparisonTableBlock } from '@/blocks/ComparisonTable/config'

/** The article body: h2–h4, lists, links, quotes, inline code, images, and our blocks. */
export const bodyField: RichTextField = {
  name: 'body',
  label: fieldLabel('body'),
  type: 'richText',
  required: true,
  localized: true,
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'heading'),
      HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
      BlocksFeature({ blocks: [CodeBlock, ComparisonTableBlock, CallToActionBlock] }),
      FixedToolbarFeature(),
    ],
  }),
}
