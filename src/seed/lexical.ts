/**
 * Small builders for Lexical rich text, so demo content reads like an outline:
 *
 *   doc(
 *     h2('The quick answer'),
 *     p('Use **Django** for full applications, `FastAPI` for [APIs](https://fastapi.tiangolo.com).'),
 *     ul('Built-in admin', 'Mature ORM'),
 *     code('python', 'print("hello")'),
 *     comparisonTable('django-vs-fastapi'),
 *     callToAction(),
 *   )
 *
 * Inline text understands `code`, **bold**, *italic* and [links](https://example.com).
 */

export type LexicalNode = { type: string; version: number; [key: string]: unknown }
export type LexicalDocument = { root: LexicalNode & { children: LexicalNode[] } }

const FORMAT = { bold: 1, italic: 2, code: 16 } as const

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr' as const,
  children,
  ...extra,
})

const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})

/** Parses `code`, **bold**, *italic* and [label](url) into text and link nodes. */
export function inline(source: string): LexicalNode[] {
  const nodes: LexicalNode[] = []
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(text(source.slice(last, index)))
    const [, code, bold, italic, label, url] = match
    if (code !== undefined) nodes.push(text(code, FORMAT.code))
    else if (bold !== undefined) nodes.push(text(bold, FORMAT.bold))
    else if (italic !== undefined) nodes.push(text(italic, FORMAT.italic))
    else
      nodes.push({
        ...element('link', [text(label)]),
        version: 3,
        fields: { url, newTab: false, linkType: 'custom' },
      })
    last = index + match[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

export const doc = (...children: LexicalNode[]): LexicalDocument => ({
  root: { ...element('root', children), type: 'root' },
})

export const p = (source: string) =>
  element('paragraph', inline(source), { textFormat: 0, textStyle: '' })

const heading = (tag: 'h2' | 'h3' | 'h4') => (source: string) =>
  element('heading', inline(source), { tag })
export const h2 = heading('h2')
export const h3 = heading('h3')

const list =
  (listType: 'bullet' | 'number') =>
  (...items: string[]) =>
    element(
      'list',
      items.map((item, index) => element('listitem', inline(item), { value: index + 1 })),
      { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' },
    )
/** A bulleted list, one string per item. */
export const ul = list('bullet')
/** A numbered list, one string per item. */
export const ol = list('number')

export const quote = (source: string) => element('quote', inline(source))

let blockCounter = 0
const block = (blockType: string, fields: Record<string, unknown>): LexicalNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: {
    id: `seed${(++blockCounter).toString(16).padStart(20, '0')}`,
    blockName: '',
    blockType,
    ...fields,
  },
})

export type CodeLanguage =
  'python' | 'typescript' | 'javascript' | 'bash' | 'sql' | 'json' | 'yaml' | 'text'

/** A code block; `source` is used as written (mind the indentation). */
export const code = (language: CodeLanguage, source: string) =>
  block('code', { language, code: source.replace(/^\n+|\s+$/g, '') })

/** Embeds the comparison with this slug (resolved to its id when seeding). */
export const comparisonTable = (comparisonSlug: string) =>
  block('comparisonTable', { comparison: { slug: comparisonSlug } })

/** The call to action; without arguments it uses the site settings' defaults. */
export const callToAction = (
  overrides: { heading?: string; text?: string; buttonLabel?: string; link?: string } = {},
) => block('callToAction', overrides)
