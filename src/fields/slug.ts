import type { TextField } from 'payload'

import { slugify } from '@/lib/slugify'

/**
 * A unique, indexed slug, filled from `from` when left empty and always normalised. Localized (the
 * default), each language has its own, unique within that language, made from `from` in it.
 */
export function slugField(from = 'title', { localized = true } = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    localized,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Part of the address. Left empty, it is made from the ${from}.`,
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
