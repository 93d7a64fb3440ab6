import { slugify } from './slugify'

export type Heading = { id: string; text: string; level: 2 | 3 | 4 }

type Node = { type?: string; tag?: string; text?: string; children?: Node[] }

const textOf = (node: Node): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')

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
  const children = (document as { root?: Node } | null)?.root?.children ?? []
  for (const node of children) {
    if (node.type !== 'heading' || !node.tag || !/^h[234]$/.test(node.tag)) continue
    const text = textOf(node).trim()
    const base = slugify(text) || 'section'
    const count = used.get(base) ?? 0
    used.set(base, count + 1)
    const id = count === 0 ? base : `${base}-${count + 1}`
    ids.set(node, id)
    headings.push({ id, text, level: Number(node.tag[1]) as 2 | 3 | 4 })
  }
  return { headings, ids }
}
