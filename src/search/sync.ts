/**
 * Keeps the search index equal to what the public can read: after every save, publish,
 * unpublish, rename or delete of an article or comparison, its row in each language is written
 * again from the published text in that language, or removed where it is not public. Runs in
 * the save's own transaction, so the index is current the moment the change is.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { publicInItsLanguage } from '@/access/publishedOrEditor'
import { LOCALES, type Locale } from '@/lib/locales'
import type { Article, Comparison } from '@/payload-types'

import { databaseOf, rowsOf } from './database'
import {
  articleText,
  comparisonText,
  type DocumentText,
  passagesOf,
  suggestionWords,
} from './document-text'

export type SearchedCollection = 'articles' | 'comparisons'

async function publishedText(
  payload: Payload,
  collection: SearchedCollection,
  id: number,
  locale: Locale,
  req?: Partial<PayloadRequest>,
): Promise<DocumentText | null> {
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { equals: id } }, publicInItsLanguage] },
    locale,
    fallbackLocale: false,
    draft: false,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const doc = docs[0]
  if (!doc) return null
  return collection === 'articles' ? articleText(doc as Article) : comparisonText(doc as Comparison)
}

/** Writes (or removes) the document's row in every language. */
export async function indexDocument(
  payload: Payload,
  collection: SearchedCollection,
  id: number,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const db = await databaseOf(payload, req)
  for (const locale of LOCALES) {
    const text = await publishedText(payload, collection, id, locale, req)
    if (!text) {
      await db.execute(sql`
        delete from search_documents
         where collection = ${collection} and doc_id = ${id} and locale = ${locale}`)
      continue
    }
    await db.execute(sql`
      insert into search_documents
        (collection, doc_id, locale, slug, title, description, tags, headings, body, published_at, indexed_at)
      values (${collection}, ${id}, ${locale}, ${text.slug}, ${text.title}, ${text.description},
              ${text.tags}, ${text.headings}, ${text.body}, ${text.publishedAt}, now())
      on conflict (collection, doc_id, locale) do update set
        slug = excluded.slug, title = excluded.title, description = excluded.description,
        tags = excluded.tags, headings = excluded.headings, body = excluded.body,
        published_at = excluded.published_at, indexed_at = now()`)
    await db.execute(sql`
      delete from search_passages
       where collection = ${collection} and doc_id = ${id} and locale = ${locale}`)
    await db.execute(sql`
      insert into search_passages (collection, doc_id, locale, position, content)
      select ${collection}, ${id}, ${locale}, ordinality, content
        from json_array_elements_text(${JSON.stringify(passagesOf(text))}::json)
             with ordinality as passage(content, ordinality)`)
    await db.execute(sql`
      delete from search_words
       where collection = ${collection} and doc_id = ${id} and locale = ${locale}`)
    const words = suggestionWords(text)
    if (words.length > 0) {
      await db.execute(sql`
        insert into search_words (collection, doc_id, locale, word, key)
        select ${collection}, ${id}, ${locale}, entry ->> 'word', entry ->> 'key'
          from json_array_elements(${JSON.stringify(words)}::json) as entry
        on conflict do nothing`)
    }
  }
}

/** Removes a deleted document from the index, in every language. */
export async function removeDocument(
  payload: Payload,
  collection: SearchedCollection,
  id: number,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const db = await databaseOf(payload, req)
  await db.execute(sql`
    delete from search_documents where collection = ${collection} and doc_id = ${id}`)
}

/** Builds the whole index again (a database from before search, or after a restore). */
async function rebuildSearchIndex(payload: Payload): Promise<number> {
  let indexed = 0
  for (const collection of ['articles', 'comparisons'] as const) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    for (const doc of docs) {
      await indexDocument(payload, collection, doc.id)
      indexed += 1
    }
  }
  return indexed
}

/**
 * Builds the index when it is empty while there is content (a database from before search, or
 * restored without it); says how many documents it indexed, or null when it had nothing to do.
 */
export async function ensureSearchIndex(payload: Payload): Promise<number | null> {
  const db = await databaseOf(payload)
  const [row] = rowsOf<{ indexed: boolean }>(
    await db.execute(sql`select exists (select 1 from search_documents) as indexed`),
  )
  if (row?.indexed) return null
  return rebuildSearchIndex(payload)
}
