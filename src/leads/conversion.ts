/**
 * The conversion figures of the admin dashboard (dashboard.ts), added up by PostgreSQL: page
 * views (src/analytics), leads, the calls they booked and the clients won, per ISO week (UTC) and
 * per source, in one statement. Free of server-only guards so that `npm run bench` can time it
 * in a process of its own; the dashboard checks the user is an admin before calling it.
 */
import { tz } from '@date-fns/tz'
import { addWeeks, startOfISOWeek, subWeeks } from 'date-fns'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The dashboard's period: this ISO week (UTC) and the 11 before it. */
const DASHBOARD_WEEKS = 12

const utc = { in: tz('UTC') }

/** `2026-11-23T00:00:00.000Z`, whatever Date subclass the UTC helpers return. */
const plainIso = (date: Date) => new Date(date.getTime()).toISOString()

/** The instants the dashboard's weeks begin (`from`, a Monday) and end (`to`), as of `now`. */
export function dashboardPeriod(now: Date): { from: string; to: string } {
  const firstWeek = subWeeks(startOfISOWeek(now, utc), DASHBOARD_WEEKS - 1)
  return { from: plainIso(firstWeek), to: plainIso(addWeeks(firstWeek, DASHBOARD_WEEKS, utc)) }
}

/** An ISO week (UTC) of the chart: leads that came in, and page views of the whole site. */
export type WeekCount = { weekStart: string; count: number; views: number }
/**
 * One row of "Where leads come from", for the last 12 weeks: an article (every address it has
 * had, in every language), or another page leads came from, or (`sourcePage` null) the contact
 * page reached directly. `sourcePage` is where it is now; `pages`, every address its leads
 * recorded (old slugs too).
 */
export type SourceCount = {
  sourcePage: string | null
  pages: string[]
  /** The article's title, the address, or null for leads that came to the contact page directly. */
  title: string | null
  /** The article's id; null for a page that is not an article. */
  article: number | null
  views: number
  leads: number
  /** Booked calls (not cancelled) of these leads. */
  calls: number
  won: number
  /** Leads ÷ views; null without views. */
  conversion: number | null
}
export type ConversionFigures = { weeks: WeekCount[]; sources: SourceCount[] }

/**
 * Views, leads, booked calls and won clients from `from` (a Monday, UTC) until `to`, per week
 * and per source, in one statement:
 *
 * - `viewed`: page views per day and page, from the totals PostgreSQL keeps per day and page
 *   (migration 20261126_180000_page_view_totals): a range of its primary key, one row per day
 *   and page, however many language, referrer and campaign rows page_views splits them into;
 * - `led`: real leads per week and source page, with the calls they booked (not cancelled);
 * - `article_pages`: every address of every article, as src/lib/paths.ts writes them (English
 *   at the root, the others under their code), in each language it has a slug in, and the old
 *   addresses the redirects send to it (renamed slugs);
 * - the sources: an article's addresses together under the article; any other page on its own,
 *   when leads came from it.
 */
export async function conversionFigures(
  payload: Payload,
  from: string,
  to: string,
): Promise<ConversionFigures> {
  const fromDay = from.slice(0, 10)
  const toDay = to.slice(0, 10)
  const result = await payload.db.drizzle.execute(sql`
    with
    viewed as materialized (
      select day, path, views
        from page_view_totals
       where day >= ${fromDay}::date and day < ${toDay}::date
    ),
    booked as (
      select lead_id, count(*) as calls from bookings where status <> 'cancelled' group by lead_id
    ),
    led as materialized (
      select date_trunc('week', l.created_at at time zone 'UTC')::date as week,
             nullif(l.source_page, '') as path,
             count(*) as leads,
             count(*) filter (where l.status = 'won') as won,
             coalesce(sum(b.calls), 0) as calls
        from leads l left join booked b on b.lead_id = l.id
       where l.status <> 'spam' and l.created_at >= ${from}::timestamptz
         and l.created_at < ${to}::timestamptz
       group by 1, 2
    ),
    article_pages as (
      select distinct on (path) path, article_id from (
        select case when l._locale = 'en' then '/articles/' || l.slug
                    else '/' || l._locale || '/articles/' || l.slug end as path,
               l._parent_id as article_id, 0 as rank
          from articles_locales l where l.slug is not null
        union all
        select r."from", rel.articles_id, 1
          from redirects r join redirects_rels rel on rel.parent_id = r.id
         where rel.articles_id is not null
      ) addresses
      order by path, rank
    ),
    per_page as (
      select coalesce(v.path, d.path) as path, coalesce(v.views, 0) as views,
             coalesce(d.leads, 0) as leads, coalesce(d.calls, 0) as calls, coalesce(d.won, 0) as won
        from (select path, sum(views) as views from viewed group by path) v
        full join (select path, sum(leads) as leads, sum(calls) as calls, sum(won) as won
                     from led group by path) d on d.path = v.path
    ),
    sources as (
      select a.article_id, case when a.article_id is null then p.path end as page,
             sum(p.views) as views, sum(p.leads) as leads, sum(p.calls) as calls, sum(p.won) as won,
             coalesce(array_agg(p.path order by p.path)
                        filter (where p.leads > 0 and p.path is not null), '{}') as pages
        from per_page p left join article_pages a on a.path = p.path
       group by 1, 2
    )
    select
      (select json_agg(json_build_object(
                'weekStart', w.week::date, 'count', coalesce(l.leads, 0), 'views', coalesce(v.views, 0)
              ) order by w.week)
         from generate_series(${fromDay}::timestamp, ${toDay}::timestamp - interval '1 week',
                              interval '1 week') as w(week)
         left join (select week, sum(leads) as leads from led group by week) l
           on l.week = w.week::date
         left join (select date_trunc('week', day::timestamp)::date as week, sum(views) as views
                      from viewed group by 1) v on v.week = w.week::date
      ) as weeks,
      (select coalesce(json_agg(json_build_object(
                'sourcePage', coalesce(t.path, s.page), 'pages', s.pages,
                'title', coalesce(t.title, s.page), 'article', s.article_id,
                'views', s.views, 'leads', s.leads, 'calls', s.calls, 'won', s.won,
                'conversion', case when s.views > 0 then s.leads::float8 / s.views end
              )), '[]')
         from sources s
         left join lateral (
           select l.title, case when l._locale = 'en' then '/articles/' || l.slug
                                else '/' || l._locale || '/articles/' || l.slug end as path
             from articles_locales l
            where l._parent_id = s.article_id and l.slug is not null
            order by l._locale <> 'en', l._locale
            limit 1
         ) t on true
        where s.article_id is not null or s.leads > 0
      ) as sources`)
  const [row] = (result as unknown as { rows: ConversionFigures[] }).rows
  // PostgreSQL's dates ('2026-11-23') as the instants they begin, like every date of Payload's.
  const weeks = row.weeks.map((week) => ({
    ...week,
    weekStart: new Date(`${week.weekStart}T00:00:00Z`).toISOString(),
  }))
  return { weeks, sources: row.sources }
}
