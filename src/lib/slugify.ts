import transliterate from '@sindresorhus/slugify'

/**
 * "Django vs FastAPI: Which…?" → "django-vs-fastapi-which"; "Django или FastAPI" →
 * "django-ili-fastapi" (Cyrillic transliterated); "¿Cuál elegir?" → "cual-elegir". At most 96
 * characters, never ending in a hyphen. "FastAPI" stays one word; "&" is dropped, in every
 * language alike.
 */
export function slugify(value: string): string {
  return transliterate(value, { decamelize: false, customReplacements: [['&', ' ']] })
    .slice(0, 96)
    .replace(/-+$/g, '')
}

/** Whether `value` can be a slug at all (what slugify makes); anything else names no document. */
export function isSlug(value: string): boolean {
  return value.length <= 96 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}
