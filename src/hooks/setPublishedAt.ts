import type { CollectionBeforeChangeHook } from 'payload'

/** The first time an article or case study goes live without a date, it gets today's. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}
