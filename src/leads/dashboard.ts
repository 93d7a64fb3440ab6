import 'server-only'

import { tz } from '@date-fns/tz'
import { addWeeks, startOfISOWeek, subWeeks } from 'date-fns'
import type { Payload } from 'payload'

import { documentAt, pathsFor } from '@/lib/paths'
import type { Lead, User } from '@/payload-types'

const DASHBOARD_WEEKS = 12
const NEW_LEADS_SHOWN = 8

const utc = { in: tz('UTC') }

export type WeekCount = { weekStart: string; count: number }
/** `sourcePage` is where it is now; `pages`, every address leads recorded (old slugs too). */
export type SourceCount = {
  sourcePage: string | null
  pages: string[]
  /** The article's title, the address, or null for leads that came to the contact page directly. */
  title: string | null
  leads: number
  won: number
}
export type LeadDashboard = {
  newLeads: { total: number; latest: Pick<Lead, 'id' | 'name' | 'email' | 'createdAt'>[] }
  weeks: WeekCount[]
  sources: SourceCount[]
}

/**
 * The numbers on the admin home, read with the signed-in user's own access (an editor gets a
 * Forbidden error, not the leads). Spam never counts.
 */
export async function leadDashboard(payload: Payload, user: User, now = new Date()) {
  const asUser = { overrideAccess: false, user } as const
  const firstWeek = subWeeks(startOfISOWeek(now, utc), DASHBOARD_WEEKS - 1)

  const [unanswered, all] = await Promise.all([
    payload.find({
      collection: 'leads',
      where: { status: { equals: 'new' } },
      sort: '-createdAt',
      limit: NEW_LEADS_SHOWN,
      select: { name: true, email: true, createdAt: true },
      ...asUser,
    }),
    // One pass over every real lead feeds both the weekly chart and the sources.
    payload.find({
      collection: 'leads',
      where: { status: { not_equals: 'spam' } },
      pagination: false,
      select: { createdAt: true, sourcePage: true, status: true },
      ...asUser,
    }),
  ])

  return {
    newLeads: { total: unanswered.totalDocs, latest: unanswered.docs },
    weeks: countPerWeek(firstWeek, all.docs),
    sources: await countPerSource(payload, all.docs),
  } satisfies LeadDashboard
}

/** The last DASHBOARD_WEEKS ISO weeks from `firstWeek`; older leads fall outside every week. */
function countPerWeek(firstWeek: Date, leads: Pick<Lead, 'createdAt'>[]): WeekCount[] {
  const weeks = Array.from({ length: DASHBOARD_WEEKS }, (_, index) => {
    const start = addWeeks(firstWeek, index, utc)
    return { weekStart: plainIso(start), count: 0 }
  })
  for (const lead of leads) {
    const start = plainIso(startOfISOWeek(new Date(lead.createdAt), utc))
    const week = weeks.find((candidate) => candidate.weekStart === start)
    if (week) week.count += 1
  }
  return weeks
}

/** `2026-11-23T00:00:00.000Z`, whatever Date subclass the UTC helpers return. */
const plainIso = (date: Date) => new Date(date.getTime()).toISOString()

/**
 * Leads (and won clients) per page they came from, most first. Article pages get their title,
 * and the old address of a renamed article counts for the article it redirects to.
 */
async function countPerSource(
  payload: Payload,
  leads: Pick<Lead, 'sourcePage' | 'status'>[],
): Promise<SourceCount[]> {
  const pages = [...new Set(leads.map((lead) => lead.sourcePage || null))]
  const articles = await currentArticles(
    payload,
    pages.filter((page) => page !== null),
  )
  const counts = new Map<string | null, SourceCount>()
  for (const lead of leads) {
    const page = lead.sourcePage || null
    const article = page ? articles.get(page) : undefined
    const key = article ? pathsFor('en').article(article.slug) : page
    const count = counts.get(key) ?? {
      sourcePage: key,
      pages: [],
      title: article?.title ?? page,
      leads: 0,
      won: 0,
    }
    if (page && !count.pages.includes(page)) count.pages.push(page)
    count.leads += 1
    if (lead.status === 'won') count.won += 1
    counts.set(key, count)
  }
  return [...counts.values()]
    .map((count) => ({ ...count, pages: count.pages.sort() }))
    .sort((a, b) => b.leads - a.leads || byTitle(a.title, b.title))
}

/** Pages by title; the contact page reached directly comes after pages with as many leads. */
function byTitle(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null)
  return a.localeCompare(b)
}

type ArticleRef = { slug: string; title: string }

/** For each article address among `pages`: the article it shows now (directly or by redirect). */
async function currentArticles(payload: Payload, pages: string[]) {
  const found = new Map<string, ArticleRef>()
  // English article pages for now; per-language conversion comes with the booking issue.
  const articlePages = pages.filter((page) => {
    const document = documentAt(page)
    return document?.collection === 'articles' && document.locale === 'en'
  })
  if (articlePages.length === 0) return found
  const slugs = articlePages.map((page) => documentAt(page)!.slug)
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { in: slugs } },
    pagination: false,
    select: { title: true, slug: true },
  })
  for (const article of docs) found.set(pathsFor('en').article(article.slug), article)
  const moved = articlePages.filter((page) => !found.has(page))
  if (moved.length === 0) return found
  const redirects = await payload.find({
    collection: 'redirects',
    where: { from: { in: moved } },
    pagination: false,
    depth: 1,
  })
  for (const redirect of redirects.docs) {
    const target = redirect.to?.reference
    if (target?.relationTo === 'articles' && typeof target.value === 'object' && target.value) {
      found.set(redirect.from, { slug: target.value.slug, title: target.value.title })
    }
  }
  return found
}
