import type { SerializedHeadingNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { CodeBlock } from '@/blocks/Code/Component'
import { ComparisonTable } from '@/blocks/ComparisonTable/Component'
import type {
  Article,
  CallToActionBlock,
  CodeBlock as CodeBlockData,
  ComparisonTableBlock,
  Media,
  SiteSetting,
} from '@/payload-types'

import { listItemConverter } from './lexical/listItem'
import { MediaFigure } from './MediaFigure'

type BlockNode = { fields: unknown }

/** The article column is at most 46rem wide (see .container); narrower screens fill it. */
export const BODY_IMAGE_SIZES = '(max-width: 46rem) 100vw, 46rem'

type Props = {
  body: Article['body']
  headingIds: WeakMap<object, string>
  ctaDefaults: SiteSetting['cta']
  sourcePath: string
}

/** Renders every node type of an article body: headings with anchors, lists, code, our blocks. */
export function ArticleBody({ body, headingIds, ctaDefaults, sourcePath }: Props) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const heading = node as SerializedHeadingNode
      const Tag = heading.tag
      return <Tag id={headingIds.get(node)}>{nodesToJSX({ nodes: heading.children })}</Tag>
    },
    listitem: listItemConverter,
    // Images in the body: optimised, with their caption (unpopulated ones render nothing).
    upload: ({ node }) => {
      const { relationTo, value } = node as SerializedUploadNode
      return relationTo === 'media' && typeof value === 'object' && value ? (
        <MediaFigure media={value as Media} sizes={BODY_IMAGE_SIZES} />
      ) : null
    },
    blocks: {
      code: ({ node }: { node: BlockNode }) => <CodeBlock {...(node.fields as CodeBlockData)} />,
      comparisonTable: ({ node }: { node: BlockNode }) => {
        const { comparison } = node.fields as ComparisonTableBlock
        // Unpopulated (or unpublished) comparisons render nothing rather than a broken table.
        return typeof comparison === 'object' && comparison ? (
          <ComparisonTable comparison={comparison} />
        ) : null
      },
      callToAction: ({ node }: { node: BlockNode }) => (
        <CallToAction
          {...(node.fields as CallToActionBlock)}
          defaults={ctaDefaults}
          from={sourcePath}
        />
      ),
    },
  })
  return <RichText data={body} converters={converters} className="prose" />
}
