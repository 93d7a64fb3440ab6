/**
 * The admin speaks the editor's language in our own collections too: every field an editor sees,
 * every group, row label, block and choice of ours has its words in English, Spanish and Russian
 * (src/i18n/admin). A field added without them shows Payload's English words made from its name
 * ("Published At") to a Spanish editor; this test names it.
 */
import type { Block, Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CallToActionBlock } from '@/blocks/CallToAction/config'
import { CodeBlock } from '@/blocks/Code/config'
import { ComparisonTableBlock } from '@/blocks/ComparisonTable/config'
import { LOCALES } from '@/lib/locales'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const OURS = [
  'articles',
  'authors',
  'case-studies',
  'comparisons',
  'leads',
  'media',
  'tags',
  'testimonials',
  'users',
] as const
// Added by Payload or its plugins, which translate them themselves.
const PAYLOAD_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'meta',
  'email',
  'sessions',
])
// Programming languages have the same names in every language; the site's languages are each
// shown by their own name ("Español"), as in the language switcher.
const UNIVERSAL_OPTIONS = new Set<string>([
  ...['python', 'typescript', 'javascript', 'bash', 'sql', 'json', 'yaml'],
  ...LOCALES,
])

/** Whether a label is missing in one of the three languages. */
function untranslated(label: unknown): boolean {
  if (typeof label === 'function') return false // Payload's own `({ t }) => t('…')`
  if (typeof label !== 'object' || label === null) return true
  return LOCALES.some((locale) => {
    const text = (label as Record<string, unknown>)[locale]
    return typeof text !== 'string' || !text.trim()
  })
}

function missingIn(fields: Field[], path: string, authFields = false): string[] {
  const missing: string[] = []
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    const at = `${path}.${name ?? field.type}`
    // `email` is Payload's in an auth collection, ours elsewhere.
    if (name && PAYLOAD_FIELDS.has(name) && (name !== 'email' || authFields)) continue
    const shown = field as { admin?: { hidden?: boolean; disabled?: boolean }; hidden?: boolean }
    if (shown.admin?.hidden || shown.admin?.disabled || shown.hidden) continue
    if (field.type === 'row' || field.type === 'tabs') {
      if ('fields' in field) missing.push(...missingIn(field.fields, at))
      continue
    }
    if ('label' in field && field.label !== false && untranslated(field.label)) {
      missing.push(`${at}: label`)
    }
    const description =
      field.admin && 'description' in field.admin ? field.admin.description : undefined
    if (description !== undefined && untranslated(description)) missing.push(`${at}: description`)
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        if (typeof option === 'string') {
          if (!UNIVERSAL_OPTIONS.has(option)) missing.push(`${at}: option ${option}`)
        } else if (!UNIVERSAL_OPTIONS.has(option.value) && untranslated(option.label)) {
          missing.push(`${at}: option ${option.value}`)
        }
      }
    }
    if (field.type === 'array' && field.labels) {
      if (untranslated(field.labels.singular) || untranslated(field.labels.plural)) {
        missing.push(`${at}: labels`)
      }
    }
    if ('fields' in field) missing.push(...missingIn(field.fields, at))
    if (field.type === 'blocks')
      missing.push(...field.blocks.flatMap((block) => blockMissing(block, at)))
  }
  return missing
}

function blockMissing(block: Block, path: string): string[] {
  const at = `${path}[${block.slug}]`
  const missing = missingIn(block.fields, at)
  if (untranslated(block.labels?.singular) || untranslated(block.labels?.plural)) {
    missing.push(`${at}: labels`)
  }
  return missing
}

describe('the admin in three languages', () => {
  it('labels every collection, field, help text and choice of ours in English, Spanish and Russian', () => {
    const missing: string[] = []
    for (const slug of OURS) {
      const config = payload.collections[slug].config
      if (untranslated(config.labels.singular) || untranslated(config.labels.plural)) {
        missing.push(`${slug}: labels`)
      }
      missing.push(...missingIn(config.fields, slug, Boolean(config.auth)))
    }
    // Payload's own (the jobs' schedule statistics) are Payload's to translate.
    for (const global of payload.config.globals.filter((g) => !g.slug.startsWith('payload-'))) {
      if (untranslated(global.label)) missing.push(`${global.slug}: label`)
      missing.push(...missingIn(global.fields, global.slug))
    }
    for (const block of [CallToActionBlock, CodeBlock, ComparisonTableBlock]) {
      missing.push(...blockMissing(block, 'articles.body'))
    }
    expect(missing).toEqual([])
  })

  it('gives Spanish and Russian editors their own words, not the English ones', () => {
    const title = payload.collections.articles.config.fields.find(
      (field) => 'name' in field && field.name === 'title',
    ) as { label: Record<string, string> }
    expect(title.label).toEqual({ en: 'Title', es: 'Título', ru: 'Заголовок' })
    expect(payload.collections.leads.config.labels.plural).toEqual({
      en: 'Leads',
      es: 'Solicitudes',
      ru: 'Заявки',
    })
  })
})
