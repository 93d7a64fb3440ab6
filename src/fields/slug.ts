import type { TextField } from 'payload'
import { fieldHelp, fieldLabel } from '@/i18n/admin/text'

import { slugify } from '@/lib/slugify'

/**
 * A unique, indexed slug, filled from `from` when left empty and always normalised. Localized (the
 * default), each language has its own, unique within that language, made from `from` in it.
 */
export function slugField(from: 'title' | 'name' = 'title', { localized = true } = {}): TextField {
  return {
    name: 'slug',
    label: fieldLabel('slug'),
    type: 'text',
    required: true,
    unique: true,
    localized,
    index: true,
    admin: {
      position: 'sidebar',
      description: fieldHelp(from === 'name' ? 'slugFromName' : 'slugFromTitle'),
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          const source = typeof value === 'string' && value.trim() ? value : siblingData?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
  }
}
