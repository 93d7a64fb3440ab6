/** "Django vs FastAPI: Which…?" → "django-vs-fastapi-which" */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}

/** Whether `value` can be a slug at all (what slugify makes); anything else names no document. */
export function isSlug(value: string): boolean {
  return value.length <= 96 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}
