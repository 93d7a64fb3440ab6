import type { SerializedHeadingNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { CodeBlock } from '@/blocks/Code/Component'
import { ComparisonTable } from '@/blocks/ComparisonTable/Component'
import type {
  Article,
  CallToActionBlock,
  CodeBlock as CodeBlockData,
  ComparisonTableBlock,
  SiteSetting,
} from '@/payload-types'

import { listItemConverter } from './lexical/listItem'

type BlockNode = { fields: unknown }

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
