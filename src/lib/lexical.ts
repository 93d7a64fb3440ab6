/**
 * The one place that knows the shape of a saved Lexical document (an article body), in Payload's
 * own serialized node types. A body arrives as JSON from the database or a form, so nodes are
 * checked as they are read rather than trusted; everything here is pure and runs anywhere.
 */
import type {
  SerializedBlockNode,
  SerializedHeadingNode,
  SerializedListNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'
import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

export type { SerializedLexicalNode }

/** A block node whose fields are known only by their `blockType`; the rest is for the caller to check. */
export type BlockNode = SerializedBlockNode<Record<string, unknown>>

type TextLeaf = SerializedLexicalNode & Pick<SerializedTextNode, 'text'>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** A serialized node: an object with Lexical's `type` and `version`. */
export function isNode(value: unknown): value is SerializedLexicalNode {
  return isRecord(value) && typeof value.type === 'string' && typeof value.version === 'number'
}

/** The node's children (element nodes), or none (text, blocks and other leaves). */
export function childrenOf(node: SerializedLexicalNode): SerializedLexicalNode[] {
  return 'children' in node && Array.isArray(node.children) ? node.children.filter(isNode) : []
}

/** The nodes directly under the document's root, in order; none for a missing or empty body. */
export function topLevel(state: unknown): SerializedLexicalNode[] {
  if (!isRecord(state) || !isRecord(state.root) || !Array.isArray(state.root.children)) return []
  return state.root.children.filter(isNode)
}

/** Calls `visit` on every node under the root, depth first, each before its children. */
export function walk(state: unknown, visit: (node: SerializedLexicalNode) => void): void {
  const visitAll = (nodes: SerializedLexicalNode[]) => {
    for (const node of nodes) {
      visit(node)
      visitAll(childrenOf(node))
    }
  }
  visitAll(topLevel(state))
}

/** A node that carries text of its own (text and tab nodes). */
export function hasText(node: SerializedLexicalNode): node is TextLeaf {
  return 'text' in node && typeof node.text === 'string'
}

/** The plain text of a node: its own, or its children's joined. */
export function textOf(node: SerializedLexicalNode): string {
  return hasText(node) ? node.text : childrenOf(node).map(textOf).join('')
}

export function isHeading(node: SerializedLexicalNode): node is SerializedHeadingNode {
  return node.type === 'heading' && 'tag' in node && typeof node.tag === 'string'
}

export function isList<N extends SerializedLexicalNode>(node: N): node is N & SerializedListNode {
  return node.type === 'list'
}

/** A block node, of the given `blockType` if one is named. */
export function isBlock(node: SerializedLexicalNode, blockType?: string): node is BlockNode {
  if (node.type !== 'block' || !('fields' in node) || !isRecord(node.fields)) return false
  const type = node.fields.blockType
  return typeof type === 'string' && (blockType === undefined || type === blockType)
}

/** Every block of this type anywhere in the document, in document order. */
export function blocksOf(state: unknown, blockType: string): BlockNode[] {
  const blocks: BlockNode[] = []
  walk(state, (node) => {
    if (isBlock(node, blockType)) blocks.push(node)
  })
  return blocks
}
