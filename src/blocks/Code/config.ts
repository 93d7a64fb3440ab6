import type { Block } from 'payload'
import { adminLabels, adminText, fieldLabel } from '@/i18n/admin/text'

/** Programming languages by their names, the same in every language of the site. */
export const codeLanguageNames = {
  python: 'Python',
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  bash: 'Shell',
  sql: 'SQL',
  json: 'JSON',
  yaml: 'YAML',
} as const

const codeLanguages = [
  ...Object.entries(codeLanguageNames).map(([value, label]) => ({ value, label })),
  // Plain text has no caption on the page, and a label in each admin language.
  { value: 'text', label: adminText((t) => t.options.plainText) },
]

export const CodeBlock: Block = {
  slug: 'code',
  interfaceName: 'CodeBlock',
  labels: adminLabels((t) => t.blocks.code),
  fields: [
    {
      name: 'language',
      label: fieldLabel('language'),
      type: 'select',
      required: true,
      defaultValue: 'python',
      options: codeLanguages,
    },
    {
      name: 'code',
      label: fieldLabel('code'),
      // A plain monospace textarea: Payload's `code` field loads its editor (Monaco) from a CDN,
      // which fails offline and sends every editor's browser to a third party.
      type: 'textarea',
      required: true,
      admin: { className: 'code-textarea', rows: 10 },
    },
  ],
}
