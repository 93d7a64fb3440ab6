/**
 * The collection hooks that keep the search index current (./sync.ts). Articles and comparisons
 * index themselves; a renamed tag re-indexes the articles that carry it.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { indexDocument, removeDocument, type SearchedCollection } from './sync'

export function indexAfterChange(collection: SearchedCollection): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    await indexDocument(req.payload, collection, doc.id as number, req)
    return doc
  }
}

export function removeAfterDelete(collection: SearchedCollection): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    await removeDocument(req.payload, collection, doc.id as number, req)
    return doc
  }
}

export const reindexTaggedArticles: CollectionAfterChangeHook = async ({ doc, req }) => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { tags: { contains: doc.id } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  for (const article of docs) await indexDocument(req.payload, 'articles', article.id, req)
  return doc
}
