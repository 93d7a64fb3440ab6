/**
 * The table of contents of an article body and the anchor ids its headings get, computed once
 * so the contents and the rendered headings cannot disagree.
 */
import { isHeading, textOf, topLevel } from './lexical'
import { slugify } from './slugify'

export type Heading = { id: string; text: string; level: 2 | 3 | 4 }

/** The heading tags the contents list, with their level. */
const LEVELS = new Map<string, Heading['level']>([
  ['h2', 2],
  ['h3', 3],
  ['h4', 4],
])

/**
 * The body's top-level headings with stable, unique anchor ids, in order. The same node objects
 * are keys of `ids`, so the renderer gives each heading exactly the id the contents link to.
 */
export function collectHeadings(document: unknown): {
  headings: Heading[]
  ids: WeakMap<object, string>
} {
  const headings: Heading[] = []
  const ids = new WeakMap<object, string>()
  const used = new Map<string, number>()
  for (const node of topLevel(document)) {
    const level = isHeading(node) ? LEVELS.get(node.tag) : undefined
    if (!level) continue
    const text = textOf(node).trim()
    const base = slugify(text) || 'section'
    const count = used.get(base) ?? 0
    used.set(base, count + 1)
    const id = count === 0 ? base : `${base}-${count + 1}`
    ids.set(node, id)
    headings.push({ id, text, level })
  }
  return { headings, ids }
}
