import 'server-only'

import { tz } from '@date-fns/tz'
import { addWeeks, format, startOfISOWeek, subWeeks } from 'date-fns'
import type { Payload, Where } from 'payload'

import type { Lead, User } from '@/payload-types'

export const DASHBOARD_WEEKS = 12
const NEW_LEADS_SHOWN = 8

const utc = { in: tz('UTC') }

export type WeekCount = { weekStart: string; label: string; count: number }
export type SourceCount = { sourcePage: string | null; title: string; leads: number; won: number }
export type LeadDashboard = {
  newLeads: { total: number; latest: Pick<Lead, 'id' | 'name' | 'email' | 'createdAt'>[] }
  weeks: WeekCount[]
  sources: SourceCount[]
}

const notSpam: Where = { status: { not_equals: 'spam' } }

/**
 * The numbers on the admin home, read with the signed-in user's own access (an editor gets a
 * Forbidden error, not the leads). Spam never counts.
 */
export async function leadDashboard(payload: Payload, user: User, now = new Date()) {
  const asUser = { overrideAccess: false, user } as const
  const firstWeek = subWeeks(startOfISOWeek(now, utc), DASHBOARD_WEEKS - 1)

  const [unanswered, recent, all] = await Promise.all([
    payload.find({
      collection: 'leads',
      where: { status: { equals: 'new' } },
      sort: '-createdAt',
      limit: NEW_LEADS_SHOWN,
      select: { name: true, email: true, createdAt: true },
      ...asUser,
    }),
    payload.find({
      collection: 'leads',
      where: { and: [notSpam, { createdAt: { greater_than_equal: plainIso(firstWeek) } }] },
      pagination: false,
      select: { createdAt: true },
      ...asUser,
    }),
    payload.find({
      collection: 'leads',
      where: notSpam,
      pagination: false,
      select: { sourcePage: true, status: true },
      ...asUser,
    }),
  ])

  return {
    newLeads: { total: unanswered.totalDocs, latest: unanswered.docs },
    weeks: countPerWeek(firstWeek, recent.docs),
    sources: await countPerSource(payload, all.docs),
  } satisfies LeadDashboard
}

function countPerWeek(firstWeek: Date, leads: Pick<Lead, 'createdAt'>[]): WeekCount[] {
  const weeks = Array.from({ length: DASHBOARD_WEEKS }, (_, index) => {
    const start = addWeeks(firstWeek, index, utc)
    return { weekStart: plainIso(start), label: format(start, 'd MMM', utc), count: 0 }
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

/** Leads (and won clients) per page they came from, most first; article pages get their title. */
async function countPerSource(
  payload: Payload,
  leads: Pick<Lead, 'sourcePage' | 'status'>[],
): Promise<SourceCount[]> {
  const counts = new Map<string | null, { leads: number; won: number }>()
  for (const lead of leads) {
    const key = lead.sourcePage || null
    const count = counts.get(key) ?? { leads: 0, won: 0 }
    count.leads += 1
    if (lead.status === 'won') count.won += 1
    counts.set(key, count)
  }
  const slugs = [...counts.keys()].flatMap((page) => articleSlug(page) ?? [])
  const articles = slugs.length
    ? await payload.find({
        collection: 'articles',
        where: { slug: { in: slugs } },
        pagination: false,
        select: { title: true, slug: true },
      })
    : { docs: [] }
  const titles = new Map(articles.docs.map((article) => [article.slug, article.title]))
  return [...counts.entries()]
    .map(([sourcePage, count]) => ({
      sourcePage,
      title: titleOf(sourcePage, titles),
      ...count,
    }))
    .sort((a, b) => b.leads - a.leads || a.title.localeCompare(b.title))
}

function articleSlug(page: string | null): string | null {
  return page?.match(/^\/articles\/([a-z0-9-]+)$/)?.[1] ?? null
}

function titleOf(page: string | null, titles: Map<string, string>): string {
  if (!page) return 'Contact page directly'
  const slug = articleSlug(page)
  return (slug && titles.get(slug)) || page
}
