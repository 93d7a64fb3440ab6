/**
 * The Lexical helper against real trees: documents built by the seed's builders, the same shape
 * Payload stores, so the walkers that rely on it (headings, reading time, embeds, the seed) can trust it.
 */
import { describe, expect, it } from 'vitest'

import {
  blocksOf,
  childrenOf,
  hasText,
  isBlock,
  isHeading,
  isList,
  isNode,
  textOf,
  topLevel,
  walk,
} from '@/lib/lexical'
import { callToAction, code, comparisonTable, doc, h2, h3, ol, p, quote, ul } from '@/seed/lexical'

const body = doc(
  h2('Why **Django**'),
  p('Use `select_related` and read [the docs](https://docs.djangoproject.com).'),
  ul('Admin', 'ORM'),
  comparisonTable('django-vs-fastapi'),
  h3('Next'),
  code('python', 'print("hi")'),
  callToAction({ heading: 'Talk?' }),
  comparisonTable('react-vs-vue'),
)

describe('walk', () => {
  it('visits every node under the root, depth first, each before its children', () => {
    const types: string[] = []
    walk(doc(p('a **b**'), ol('one')), (node) => types.push(node.type))
    expect(types).toEqual(['paragraph', 'text', 'text', 'list', 'listitem', 'text'])
  })

  it('visits nothing in a missing, empty or malformed body', () => {
    for (const state of [null, undefined, {}, { root: {} }, { root: { children: [] } }, 'x']) {
      const seen: unknown[] = []
      walk(state, (node) => seen.push(node))
      expect(seen).toEqual([])
    }
  })

  it('hands over the stored node objects themselves', () => {
    const seen: unknown[] = []
    walk(body, (node) => seen.push(node))
    expect(seen).toContain(body.root.children[0])
  })
})

describe('nodes', () => {
  it('reads the top level, children and text', () => {
    expect(topLevel(body).map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'block',
      'heading',
      'block',
      'block',
      'block',
    ])
    const [heading, paragraph, list] = topLevel(body)
    expect(textOf(heading)).toBe('Why Django')
    expect(textOf(paragraph)).toBe('Use select_related and read the docs.')
    expect(childrenOf(list)).toHaveLength(2)
    expect(childrenOf(topLevel(body)[3])).toEqual([])
    expect(textOf(topLevel(doc(quote('Quoted')))[0])).toBe('Quoted')
  })

  it('tells node kinds apart', () => {
    const [heading, paragraph, list, table] = topLevel(body)
    expect(isHeading(heading) && heading.tag).toBe('h2')
    expect(isHeading(paragraph)).toBe(false)
    expect(isList(list) && list.listType).toBe('bullet')
    expect(isBlock(table)).toBe(true)
    expect(isBlock(table, 'comparisonTable')).toBe(true)
    expect(isBlock(table, 'code')).toBe(false)
    expect(isBlock(paragraph)).toBe(false)
    expect(hasText(childrenOf(paragraph)[0])).toBe(true)
    expect(hasText(paragraph)).toBe(false)
    expect(isNode({ type: 'text' })).toBe(false)
    expect(isNode({ type: 'text', version: 1 })).toBe(true)
    expect(isNode(null)).toBe(false)
  })
})

describe('blocksOf', () => {
  it('finds every block of a type, in order, with its fields', () => {
    const tables = blocksOf(body, 'comparisonTable')
    expect(tables.map((block) => block.fields.comparison)).toEqual([
      { slug: 'django-vs-fastapi' },
      { slug: 'react-vs-vue' },
    ])
    expect(blocksOf(body, 'callToAction')[0].fields).toMatchObject({ heading: 'Talk?' })
    expect(blocksOf(body, 'code')[0].fields).toMatchObject({ language: 'python' })
    expect(blocksOf(body, 'media')).toEqual([])
    expect(blocksOf(null, 'code')).toEqual([])
  })
})
