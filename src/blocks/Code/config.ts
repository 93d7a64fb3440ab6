import type { Block } from 'payload'

export const codeLanguages = [
  { label: 'Python', value: 'python' },
  { label: 'TypeScript', value: 'typescript' },
  { label: 'JavaScript', value: 'javascript' },
  { label: 'Shell', value: 'bash' },
  { label: 'SQL', value: 'sql' },
  { label: 'JSON', value: 'json' },
  { label: 'YAML', value: 'yaml' },
  { label: 'Plain text', value: 'text' },
]

export const CodeBlock: Block = {
  slug: 'code',
  interfaceName: 'CodeBlock',
  labels: { singular: 'Code block', plural: 'Code blocks' },
  fields: [
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'python',
      options: codeLanguages,
    },
    {
      name: 'code',
      // A plain monospace textarea: Payload's `code` field loads its editor (Monaco) from a CDN,
      // which fails offline and sends every editor's browser to a third party.
      type: 'textarea',
      required: true,
      admin: { className: 'code-textarea', rows: 10 },
    },
  ],
}
