/**
 * An article body as HTML for feed readers (the page itself renders with React): Payload's
 * Lexical HTML converters, plus our blocks as plain HTML (a code block, the comparison as a
 * table, the call to action as a link). All text is escaped; addresses are absolute.
 */
import {
  convertLexicalToHTML,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import type { DefaultNodeTypes, SerializedBlockNode } from '@payloadcms/richtext-lexical'
import escape from 'escape-html'

import type { Article, CallToActionBlock, CodeBlock, ComparisonTableBlock } from '@/payload-types'

import { absoluteUrl } from './absolute-url'
import { localizedHref } from './paths'
import type { Locale } from './locales'

type BodyNode =
  | DefaultNodeTypes
  | SerializedBlockNode<CodeBlock>
  | SerializedBlockNode<ComparisonTableBlock>
  | SerializedBlockNode<CallToActionBlock>

export function articleHtml(body: Article['body'], locale: Locale): string {
  const converters: HTMLConvertersFunction<BodyNode> = ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      code: ({ node }) => `<pre><code>${escape(node.fields.code ?? '')}</code></pre>`,
      comparisonTable: ({ node }) => {
        const comparison = node.fields.comparison
        if (typeof comparison !== 'object' || !comparison) return ''
        const cell = (text: string | null | undefined) => `<td>${escape(text ?? '')}</td>`
        const rows = comparison.rows
          .map((row) => `<tr><th>${escape(row.feature)}</th>${cell(row.a)}${cell(row.b)}</tr>`)
          .join('')
        return (
          `<table><caption>${escape(comparison.title)}</caption>` +
          `<tr><th></th><th>${escape(comparison.optionA)}</th><th>${escape(comparison.optionB)}</th></tr>` +
          `${rows}</table>`
        )
      },
      callToAction: ({ node }) => {
        const { heading, buttonLabel, link } = node.fields
        const href = absoluteUrl(localizedHref(link || '/contact', locale))
        const label = buttonLabel || heading
        return label ? `<p><a href="${escape(href)}">${escape(label)}</a></p>` : ''
      },
    },
  })
  return convertLexicalToHTML({ data: body, converters, disableContainer: true })
}
