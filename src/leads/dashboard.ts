import 'server-only'

import { Forbidden, type Payload } from 'payload'

import { hasRole } from '@/access/roles'
import type { Lead, User } from '@/payload-types'

import { conversionFigures, dashboardPeriod, type SourceCount, type WeekCount } from './conversion'

export type { SourceCount, WeekCount }

const NEW_LEADS_SHOWN = 8

export type LeadDashboard = {
  newLeads: { total: number; latest: Pick<Lead, 'id' | 'name' | 'email' | 'createdAt'>[] }
  weeks: WeekCount[]
  sources: SourceCount[]
  sort: SourceSort
}

export const SORT_COLUMNS = ['title', 'views', 'leads', 'calls', 'won', 'conversion'] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]
export type SourceSort = { column: SortColumn; descending: boolean }

/** Most leads first, as the table has always been. */
const DEFAULT_SORT: SourceSort = { column: 'leads', descending: true }

/** The table's order from the admin address (`?sourcesSort=-views`: most views first). */
export function parseSourceSort(value: unknown): SourceSort {
  if (typeof value !== 'string') return DEFAULT_SORT
  const descending = value.startsWith('-')
  const column = SORT_COLUMNS.find((name) => name === value.replace(/^-/, ''))
  return column ? { column, descending } : DEFAULT_SORT
}

/** The address value of a sort (the reverse of `parseSourceSort`). */
export const sortParameter = ({ column, descending }: SourceSort) =>
  `${descending ? '-' : ''}${column}`

/**
 * The numbers on the admin home, for admins only: an editor gets a Forbidden error before any
 * lead is read (the new leads are read with the user's own access too). Spam never counts.
 * Every figure is added up by PostgreSQL (one statement for the chart and the table); the rows
 * that come back are one per week and one per source.
 */
export async function leadDashboard(
  payload: Payload,
  user: User,
  now = new Date(),
  sort: SourceSort = DEFAULT_SORT,
): Promise<LeadDashboard> {
  if (!hasRole({ user }, 'admin')) throw new Forbidden()
  const { from, to } = dashboardPeriod(now)

  const [unanswered, figures] = await Promise.all([
    payload.find({
      collection: 'leads',
      where: { status: { equals: 'new' } },
      sort: '-createdAt',
      limit: NEW_LEADS_SHOWN,
      select: { name: true, email: true, createdAt: true },
      overrideAccess: false,
      user,
    }),
    conversionFigures(payload, from, to),
  ])

  return {
    newLeads: { total: unanswered.totalDocs, latest: unanswered.docs },
    weeks: figures.weeks,
    sources: sortSources(figures.sources, sort),
    sort,
  }
}

/** The table in the order asked for; ties by leads, then by title. */
function sortSources(sources: SourceCount[], { column, descending }: SourceSort) {
  const direction = descending ? -1 : 1
  const compare = (a: SourceCount, b: SourceCount): number => {
    const [x, y] = column === 'title' ? [a.title, b.title] : [a[column], b[column]]
    // Rows without one (the contact page reached directly has no title; no views, no
    // conversion) come last either way.
    if (x === null || y === null) return Number(x === null) - Number(y === null)
    return direction * (typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number))
  }
  return [...sources].sort(
    (a, b) => compare(a, b) || b.leads - a.leads || byTitle(a.title, b.title),
  )
}

/** Pages by title; the contact page reached directly comes after pages with as many leads. */
function byTitle(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null)
  return a.localeCompare(b)
}
