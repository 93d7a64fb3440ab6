/**
 * An article body as HTML, through Payload's Lexical JSX converters, typed by the nodes a body can
 * hold so each converter gets its own node (and block fields) without casts.
 */
import type { DefaultNodeTypes, SerializedBlockNode } from '@payloadcms/richtext-lexical'
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
import type { Locale } from '@/lib/locales'

import { listItemConverter } from './lexical/listItem'
import { MediaFigure } from './MediaFigure'

/** The nodes an article body can hold: Lexical's defaults and our three blocks. */
type BodyNode =
  | DefaultNodeTypes
  | SerializedBlockNode<CodeBlockData>
  | SerializedBlockNode<ComparisonTableBlock>
  | SerializedBlockNode<CallToActionBlock>

/** The article column is at most 46rem wide (see .container); narrower screens fill it. */
export const BODY_IMAGE_SIZES = '(max-width: 46rem) 100vw, 46rem'

type Props = {
  body: Article['body']
  headingIds: WeakMap<object, string>
  ctaDefaults: SiteSetting['cta']
  sourcePath: string
  locale: Locale
}

/** Renders every node type of an article body: headings with anchors, lists, code, our blocks. */
export function ArticleBody({ body, headingIds, ctaDefaults, sourcePath, locale }: Props) {
  const converters: JSXConvertersFunction<BodyNode> = ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag
      return <Tag id={headingIds.get(node)}>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    listitem: listItemConverter,
    // Images in the body: optimised, with their caption (unpopulated ones render nothing).
    upload: ({ node }) =>
      node.relationTo === 'media' && typeof node.value === 'object' && node.value ? (
        <MediaFigure media={node.value} sizes={BODY_IMAGE_SIZES} />
      ) : null,
    blocks: {
      code: ({ node }) => <CodeBlock {...node.fields} />,
      // Unpopulated (or unpublished) comparisons render nothing rather than a broken table.
      comparisonTable: ({ node: { fields } }) =>
        typeof fields.comparison === 'object' && fields.comparison ? (
          <ComparisonTable comparison={fields.comparison} locale={locale} />
        ) : null,
      callToAction: ({ node }) => (
        <CallToAction {...node.fields} defaults={ctaDefaults} from={sourcePath} locale={locale} />
      ),
    },
  })
  return <RichText data={body} converters={converters} className="prose" />
}
