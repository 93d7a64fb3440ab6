/**
 * Searching the index (./sync.ts) in one language: PostgreSQL full-text search with the
 * language's stemmer and `unaccent`, `websearch_to_tsquery` (so "quoted phrases", -exclusions and
 * `or` work), title matches first, then rank; a snippet of the matching passage with its matches
 * between MATCH_START and MATCH_END (plain text: the page escapes it). When that finds little,
 * trigram similarity on the words of titles, tags and headings offers "Did you mean …?", and
 * when it finds nothing, the documents those similar words come from. As you type, the last word
 * counts as the beginning of a word.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/lib/locales'

import { databaseOf, rowsOf } from './database'
import { wordKey, wordsIn } from './document-text'
import type { SearchedCollection } from './sync'

const RESULTS_PER_PAGE = 10
/** Longer queries are cut (at a word) before they reach the database. */
const MAX_QUERY_LENGTH = 200
/** Below this many results, a better spelling is looked for. */
const FEW_RESULTS = 3
/** How alike (pg_trgm similarity) a word must be to be offered: "djnago" / "Django" is 0.27. */
const SIMILAR = 0.2

export type SearchHit = {
  collection: SearchedCollection
  slug: string
  title: string
  description: string
  snippet: string
  publishedAt: string | null
}

export type SearchResults = {
  query: string
  page: number
  total: number
  totalPages: number
  hits: SearchHit[]
  /** A better spelling of the query that finds something, when it found little. */
  suggestion: string | null
  /** The hits are documents with similar words, not matches of the query itself. */
  similar: boolean
}

/** The query as searched: printable, single-spaced, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  const text = raw
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length <= MAX_QUERY_LENGTH) return text
  const cut = text.slice(0, MAX_QUERY_LENGTH)
  const space = cut.lastIndexOf(' ')
  return (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut).trim()
}

type HitRow = {
  collection: SearchedCollection
  slug: string
  title: string
  description: string
  snippet: string
  published_at: string | Date | null
  total: string | number
}

const toHit = (row: HitRow): SearchHit => ({
  collection: row.collection,
  slug: row.slug,
  title: row.title,
  description: row.description,
  snippet: row.snippet,
  publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
})

/**
 * The query as PostgreSQL's tsquery. As you type, the last word is taken as a beginning
 * ("framew" finds "frameworks"); it is cut to letters and digits first, so that `to_tsquery`,
 * which reads operators, gets none.
 */
function tsquery(locale: Locale, query: string, asYouType: boolean) {
  const configuration = sql`site_search_configuration(${locale})`
  const whole = sql`websearch_to_tsquery(${configuration}, site_search_text(${locale}, ${query}))`
  const last = query.match(/(?:^|\s)([\p{L}\p{N}]+)$/u)?.[1]
  if (!asYouType || !last) return whole
  const rest = query.slice(0, query.length - last.length)
  return sql`(websearch_to_tsquery(${configuration}, site_search_text(${locale}, ${rest}))
              && to_tsquery(${configuration}, ${last} || ':*'))`
}

async function fullText(
  payload: Payload,
  locale: Locale,
  query: string,
  page: number,
  asYouType: boolean,
) {
  const db = await databaseOf(payload)
  const rows = rowsOf<HitRow>(
    await db.execute(sql`
      with q as (
        select ${tsquery(locale, query, asYouType)} as query,
               -- Any one of the query's words: the passage to show is the best match of those
               -- (a result may have "framework" in one paragraph and "rápido" in another).
               -- Its words as written and as indexed ("frameworks", "framework"), so that
               -- ts_headline, which reads the passage as written, marks them.
               array_to_string(array(
                 select distinct quote_literal(word) from unnest(tsvector_to_array(
                   to_tsvector(site_search_configuration(${locale}), ${query}) ||
                   to_tsvector(site_search_configuration(${locale}),
                               site_search_text(${locale}, ${query}))
                 )) as word), ' | ')::tsquery as any_word
      ),
      matches as (
        select collection, doc_id, locale, count(*) over () as total,
               row_number() over (
                 order by to_tsvector(site_search_configuration(locale),
                                      site_search_text(locale, title)) @@ q.query desc,
                          ts_rank(document, q.query, 1) desc,
                          published_at desc nulls last) as position
          from search_documents, q
         where locale = ${locale} and document @@ q.query
         order by position
         limit ${RESULTS_PER_PAGE} offset ${(page - 1) * RESULTS_PER_PAGE}
      )
      select d.collection, d.slug, d.title, d.description, d.published_at, m.total,
             -- From the passage that matches best (the description when only the title does).
             -- A zero-width space after "<": the parser would take <script> for a tag and drop
             -- it, and the reader should see the text as written (SearchSnippet removes it).
             ts_headline(site_search_configuration(d.locale),
               replace(coalesce(best.content, d.description), '<', '<' || chr(8203)), q.any_word,
               'StartSel=' || chr(1) || ', StopSel=' || chr(2) ||
               ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet
        from matches m
        join search_documents d using (collection, doc_id, locale)
        cross join q
        left join lateral (
          select p.content from search_passages p
           where (p.collection, p.doc_id, p.locale) = (m.collection, m.doc_id, m.locale)
             and p.vector @@ q.any_word
           order by p.vector @@ q.query desc, ts_rank(p.vector, q.any_word) desc, p.position
           limit 1
        ) best on true
       order by m.position`),
  )
  return { hits: rows.map(toHit), total: rows.length ? Number(rows[0].total) : 0 }
}

/** Whether the query finds anything at all (to offer a suggestion only when it helps). */
async function finds(payload: Payload, locale: Locale, query: string): Promise<boolean> {
  const db = await databaseOf(payload)
  const rows = rowsOf(
    await db.execute(sql`
      select 1 from search_documents
       where locale = ${locale}
         and document @@ ${tsquery(locale, query, false)}
       limit 1`),
  )
  return rows.length > 0
}

type Similar = { asked: string; word: string; score: number }

/** The trigram threshold, for this transaction only; `%` then uses the GIN index. */
const similarityThreshold = sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILAR)}, true)`

/**
 * Words of titles, tags and headings alike to `keys` (wordKey of the query's words), compared in
 * Latin letters; a word much longer or shorter is not a misspelling of it ("from" is not
 * "frobnicator", however many trigrams they share).
 */
const alike = (keys: string[]) => sql`
  json_array_elements_text(${JSON.stringify(keys)}::json) as asked
  join search_words w on w.key % asked
   and abs(length(w.key) - length(asked)) <= greatest(2, length(asked) / 4)`

/** For each word of the query, the most similar word of a title, tag or heading in `locale`. */
async function similarWords(payload: Payload, locale: Locale, keys: string[]): Promise<Similar[]> {
  const db = await databaseOf(payload)
  return db.transaction(async (tx) => {
    await tx.execute(similarityThreshold)
    return rowsOf<Similar>(
      await tx.execute(sql`
        select distinct on (asked) asked, w.word, similarity(w.key, asked) as score
          from ${alike(keys)} and w.locale = ${locale}
         order by asked, similarity(w.key, asked) desc, abs(length(w.key) - length(asked)), w.word`),
    )
  })
}

/** The query with each misspelt word replaced, if that finds something. */
async function suggestionFor(
  payload: Payload,
  locale: Locale,
  query: string,
  words: string[],
  similar: Similar[],
) {
  let suggestion = query
  for (const word of words) {
    const key = wordKey(word)
    const found = similar.find((candidate) => candidate.asked === key)
    if (!found || wordKey(found.word) === key) continue
    suggestion = suggestion.replace(word, found.word)
  }
  if (suggestion === query) return null
  return (await finds(payload, locale, suggestion)) ? suggestion : null
}

/** Documents whose title, tag or heading words are like the query's, most alike first. */
async function similarDocuments(payload: Payload, locale: Locale, keys: string[]) {
  const db = await databaseOf(payload)
  const rows = await db.transaction(async (tx) => {
    await tx.execute(similarityThreshold)
    return rowsOf<HitRow>(
      await tx.execute(sql`
        select d.collection, d.slug, d.title, d.description, d.description as snippet,
               d.published_at, count(*) over () as total
          from search_documents d
          join (select w.collection, w.doc_id, max(similarity(w.key, asked)) as score
                  from ${alike(keys)} and w.locale = ${locale}
                 group by w.collection, w.doc_id) s
            on s.collection = d.collection and s.doc_id = d.doc_id and d.locale = ${locale}
         order by s.score desc, d.published_at desc nulls last
         limit ${RESULTS_PER_PAGE}`),
    )
  })
  return rows.map(toHit)
}

/** One page of results for `rawQuery` in `locale` (page 1 when `page` is not a sensible number). */
export async function searchSite(
  payload: Payload,
  locale: Locale,
  rawQuery: unknown,
  page = 1,
  { asYouType = false } = {},
): Promise<SearchResults> {
  const query = normalizeQuery(rawQuery)
  const empty = {
    query,
    page: 1,
    total: 0,
    totalPages: 0,
    hits: [],
    suggestion: null,
    similar: false,
  }
  if (!query) return empty
  const safePage = Number.isSafeInteger(page) && page >= 1 ? page : 1
  const { hits, total } = await fullText(payload, locale, query, safePage, asYouType)
  const results: SearchResults = {
    query,
    page: safePage,
    total,
    totalPages: Math.ceil(total / RESULTS_PER_PAGE),
    hits,
    suggestion: null,
    similar: false,
  }
  if (total >= FEW_RESULTS) return results
  const words = [...new Set(wordsIn(query))].slice(0, 8)
  const keys = [...new Set(words.map(wordKey))].filter((key) => key.length >= 3)
  if (keys.length === 0) return results
  const similar = await similarWords(payload, locale, keys)
  results.suggestion = await suggestionFor(payload, locale, query, words, similar)
  if (total === 0 && safePage === 1 && similar.length > 0) {
    const found = await similarDocuments(payload, locale, keys)
    if (found.length > 0) {
      return { ...results, hits: found, total: found.length, totalPages: 1, similar: true }
    }
  }
  return results
}
