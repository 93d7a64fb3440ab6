/** The ids of a document's tags, populated (the tag) or not (the id itself). */
export const tagIdsOf = (tags: (number | { id: number })[] | null | undefined): number[] =>
  (tags ?? []).map((tag) => (typeof tag === 'object' ? tag.id : tag))

/**
 * Documents ordered by how many of `tagIds` they share, most first; ties keep their order (the
 * newest first, as read). For "Related articles" and "Where I used this".
 */
export function mostSharedTagsFirst<T extends { tags?: (number | { id: number })[] | null }>(
  docs: T[],
  tagIds: number[],
): T[] {
  const shared = (doc: T) => tagIdsOf(doc.tags).filter((id) => tagIds.includes(id)).length
  return [...docs].sort((a, b) => shared(b) - shared(a))
}
