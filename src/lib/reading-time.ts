/** An article's reading time, computed from its body when it is saved (never typed in). */
import { hasText, isBlock, walk } from './lexical'

/** Words a reader gets through in a minute of technical prose. */
const WORDS_PER_MINUTE = 230

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Counts the words of a Lexical document: its text, and the code in code blocks. */
export function countWords(document: unknown): number {
  let words = 0
  walk(document, (node) => {
    if (hasText(node)) words += wordsIn(node.text)
    if (isBlock(node) && typeof node.fields.code === 'string') words += wordsIn(node.fields.code)
  })
  return words
}

/** Whole minutes, at least one. */
export function readingTimeMinutes(document: unknown): number {
  return Math.max(1, Math.round(countWords(document) / WORDS_PER_MINUTE))
}
