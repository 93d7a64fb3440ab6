/**
 * What the search index holds of an article or a comparison, as plain text by weight: the title,
 * the description (and tag names), the headings, and the body (paragraphs, lists, quotes, code
 * and comparison rows). Pure: the index (./sync.ts) reads the documents and stores this.
 */
import {
  childrenOf,
  isBlock,
  isHeading,
  type SerializedLexicalNode,
  textOf,
  walk,
} from '@/lib/lexical'
import { slugify } from '@/lib/slugify'
import type { Article, Comparison, Tag } from '@/payload-types'

export type DocumentText = {
  slug: string
  title: string
  description: string
  tags: string
  headings: string
  body: string
  publishedAt: string | null
}

/** ts_headline marks matches with these; the indexed text never contains them. */
export const MATCH_START = '\u0001'
export const MATCH_END = '\u0002'

/** Text as the index keeps it: no control characters (the match markers among them). */
function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim()
}

/** Nodes whose own inline children make one line of text. */
const LINES = new Set(['paragraph', 'quote', 'listitem'])

/** The text of a node's inline children (a list item's nested list is a line of its own). */
const inlineText = (node: SerializedLexicalNode) =>
  childrenOf(node)
    .filter((child) => child.type !== 'list')
    .map(textOf)
    .join('')

/** The body's headings, and the rest of its text line by line (code and comparison rows too). */
function bodyText(body: unknown): { headings: string; body: string } {
  const headings: string[] = []
  const lines: string[] = []
  walk(body, (node) => {
    if (isHeading(node)) headings.push(textOf(node))
    else if (LINES.has(node.type)) lines.push(inlineText(node))
    else if (isBlock(node, 'code') && typeof node.fields.code === 'string') {
      lines.push(node.fields.code)
    } else if (isBlock(node, 'comparisonTable')) {
      const comparison = node.fields.comparison as Comparison | number | null | undefined
      if (comparison && typeof comparison === 'object') lines.push(comparisonRows(comparison))
    }
  })
  return {
    headings: clean(headings.join('\n')),
    body: clean(lines.filter((line) => line.trim()).join('\n')),
  }
}

function comparisonRows(comparison: Comparison): string {
  return (comparison.rows ?? [])
    .map((row) => [row.feature, row.a, row.b, row.note].filter(Boolean).join(' — '))
    .join('\n')
}

const tagNames = (tags: Article['tags']) =>
  (tags ?? [])
    .map((tag) => (typeof tag === 'object' && tag ? (tag as Tag).name : ''))
    .filter(Boolean)
    .join(', ')

export function articleText(article: Article): DocumentText {
  return {
    slug: article.slug,
    title: clean(article.title),
    description: clean(article.description),
    tags: clean(tagNames(article.tags)),
    ...bodyText(article.body),
    publishedAt: article.publishedAt ?? null,
  }
}

export function comparisonText(comparison: Comparison): DocumentText {
  return {
    slug: comparison.slug,
    title: clean(comparison.title),
    description: clean(comparison.intro),
    tags: clean(`${comparison.optionA}, ${comparison.optionB}`),
    headings: '',
    body: clean([comparisonRows(comparison), comparison.verdict].filter(Boolean).join('\n')),
    publishedAt: comparison.updatedAt ?? null,
  }
}

export type SuggestionWord = { word: string; key: string }

/** A word in Latin letters, lower case, for trigram similarity ("Джанго" → "dzhango"). */
export const wordKey = (word: string) => slugify(word).replaceAll('-', '')

/** The words of a text: letters and digits (and + and #, for C++ and C#), 3 to 40 of them. */
export const wordsIn = (text: string) =>
  (text.match(/[\p{L}\p{N}+#]{3,40}/gu) ?? []).filter((word) => !/^\d+$/.test(word))

/** The words "Did you mean …?" may offer: those of the title, tags and headings. */
export function suggestionWords(text: DocumentText): SuggestionWord[] {
  const words = new Map<string, SuggestionWord>()
  for (const word of wordsIn(`${text.title} ${text.tags} ${text.headings}`)) {
    const key = wordKey(word)
    if (key.length >= 3 && !words.has(word.toLowerCase()))
      words.set(word.toLowerCase(), { word, key })
  }
  return [...words.values()]
}

/** About how long a passage is: a paragraph or a few, enough for a two-line snippet. */
const PASSAGE_LENGTH = 600

/** The text to highlight a snippet from, in passages: the description, then the body's lines. */
export function passagesOf(text: DocumentText): string[] {
  const passages: string[] = text.description ? [text.description] : []
  let current = ''
  for (const line of text.body.split('\n')) {
    if (current && current.length + line.length > PASSAGE_LENGTH) {
      passages.push(current)
      current = ''
    }
    current = current ? `${current}\n${line}` : line
  }
  if (current) passages.push(current)
  return passages
}
