/** Words a reader gets through in a minute of technical prose. */
export const WORDS_PER_MINUTE = 230

type Node = { type?: string; text?: string; children?: Node[]; fields?: Record<string, unknown> }

/** Counts the words of a Lexical document: its text, and the code in code blocks. */
export function countWords(document: unknown): number {
  let words = 0
  const visit = (node: Node | undefined) => {
    if (!node || typeof node !== 'object') return
    if (typeof node.text === 'string') words += node.text.split(/\s+/).filter(Boolean).length
    if (node.type === 'block' && typeof node.fields?.code === 'string') {
      words += node.fields.code.split(/\s+/).filter(Boolean).length
    }
    node.children?.forEach(visit)
  }
  visit((document as { root?: Node } | null)?.root)
  return words
}

/** Whole minutes, at least one. */
export function readingTimeMinutes(document: unknown): number {
  return Math.max(1, Math.round(countWords(document) / WORDS_PER_MINUTE))
}
