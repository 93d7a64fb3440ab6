/**
 * Page views, stored: one upsert per view into `page_views` (per UTC day, page, language,
 * referring host and utm_source; migration 20261126_170000_page_views). Only the site's real
 * public pages are counted, so nobody can fill the table with made-up addresses: the fixed pages
 * by their address (src/lib/paths.ts), list pages by the number of articles, and a document's
 * page (article, comparison, case study, tag) only while it is published in that language, asked of the
 * database once a minute per address at most (a small cache in this process).
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { type Locale, LOCALES } from '@/lib/locales'
import { documentAt } from '@/lib/document-at'
import { pathsFor } from '@/lib/paths'
import { ARTICLES_PER_PAGE } from '@/lib/site'

import type { View } from './beacon'

const FIXED_PAGES = new Set(
  LOCALES.flatMap((locale) => {
    const paths = pathsFor(locale)
    return [paths.home, paths.articles, paths.cases, paths.contact, paths.book, paths.search]
  }),
)
const LIST_PAGE = /^(?:\/(?:es|ru))?\/articles\/page\/([1-9][0-9]{0,5})$/

const CACHE_MS = 60_000
const CACHE_SIZE = 5_000
const known = new Map<string, { exists: boolean; until: number }>()

const rowsOf = <Row>(result: unknown) => ((result as { rows?: Row[] }).rows ?? []) as Row[]

/** Whether `path` is a public page of the site in `locale` now. */
async function isPublicPage(payload: Payload, path: string, locale: Locale) {
  if (FIXED_PAGES.has(path)) return true
  const cached = known.get(path)
  if (cached && cached.until > Date.now()) return cached.exists
  const exists = await askDatabase(payload, path, locale)
  if (known.size >= CACHE_SIZE) known.clear()
  known.set(path, { exists, until: Date.now() + CACHE_MS })
  return exists
}

async function askDatabase(payload: Payload, path: string, locale: Locale): Promise<boolean> {
  const db = payload.db.drizzle
  const listPage = LIST_PAGE.exec(path)
  if (listPage) {
    const [row] = rowsOf<{ published: number }>(
      await db.execute(sql`
        select count(*)::integer as published from articles_locales
         where _locale = ${locale} and _status = 'published'`),
    )
    const page = Number(listPage[1])
    return page >= 2 && page <= Math.ceil((row?.published ?? 0) / ARTICLES_PER_PAGE)
  }
  const document = documentAt(path)
  if (!document) return false
  const { slug } = document
  const found = {
    articles: sql`select 1 from articles_locales
      where slug = ${slug} and _locale = ${locale} and _status = 'published'`,
    comparisons: sql`select 1 from comparisons_locales
      where slug = ${slug} and _locale = ${locale} and _status = 'published'`,
    'case-studies': sql`select 1 from case_studies_locales
      where slug = ${slug} and _locale = ${locale} and _status = 'published'`,
    tags: sql`select 1 from tags_locales where slug = ${slug} and _locale = ${locale}`,
  }[document.collection]
  return rowsOf(await db.execute(found)).length > 0
}

/**
 * Counts one view of a public page; false (and nothing stored) when `view.path` is not one.
 * A count lost in a crash is no loss: the upsert does not wait for the disk.
 */
export async function countView(payload: Payload, view: View): Promise<boolean> {
  if (!(await isPublicPage(payload, view.path, view.locale))) return false
  await payload.db.drizzle.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`)
    await tx.execute(sql`
      insert into page_views (day, path, locale, referrer_host, utm_source, views)
      values ((now() at time zone 'UTC')::date, ${view.path}, ${view.locale},
              ${view.referrerHost}, ${view.utmSource}, 1)
      on conflict (day, path, locale, referrer_host, utm_source)
        do update set views = page_views.views + 1`)
  })
  return true
}

/** Forgets what the cache knows (tests publish and unpublish pages between views). */
export function forgetPages() {
  known.clear()
}
