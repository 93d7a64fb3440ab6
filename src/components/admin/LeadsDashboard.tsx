import Link from 'next/link'

import { adminTranslator } from '@/i18n/admin/text'
import {
  type LeadDashboard,
  type SortColumn,
  type SourceCount,
  type SourceSort,
  sortParameter,
  type WeekCount,
} from '@/leads/dashboard'

import './LeadsDashboard.scss'

type Props = LeadDashboard & { adminRoute: string; language: string; now?: Date }
type Translate = ReturnType<typeof adminTranslator<'dashboard'>>

/**
 * The admin home's lead overview: new leads, leads and views per week, and per article (or other
 * page leads came from) its views, leads, booked calls, won clients and conversion, sortable by
 * each column, in the editor's admin language.
 */
export function LeadsDashboard({
  newLeads,
  weeks,
  sources,
  sort,
  adminRoute,
  language,
  now = new Date(),
}: Props) {
  const t = adminTranslator(language, 'dashboard')
  const leadsUrl = (where: Record<string, string>) =>
    `${adminRoute}/collections/leads?${new URLSearchParams(where)}`

  return (
    <section className="leads-dashboard" aria-labelledby="leads-dashboard-title">
      <h2 id="leads-dashboard-title">{t('leads')}</h2>
      <div className="leads-dashboard__grid">
        <div className="leads-dashboard__card" data-testid="new-leads">
          <h3>{t('newLeads')}</h3>
          <p className="leads-dashboard__figure">
            <a href={leadsUrl({ 'where[status][equals]': 'new' })}>{newLeads.total}</a>
          </p>
          {newLeads.latest.length > 0 && (
            <ul className="leads-dashboard__list">
              {newLeads.latest.map((lead) => (
                <li key={lead.id}>
                  <a href={`${adminRoute}/collections/leads/${lead.id}`}>{lead.name}</a>{' '}
                  <span>{lead.email}</span>{' '}
                  <time dateTime={lead.createdAt}>
                    {ago(language, new Date(lead.createdAt), now)}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </div>
        <WeeklyChart weeks={weeks} language={language} t={t} />
      </div>
      <SourceTable
        sources={sources}
        sort={sort}
        weeks={weeks.length}
        adminRoute={adminRoute}
        leadsUrl={leadsUrl}
        language={language}
        t={t}
      />
    </section>
  )
}

/** "3 hours ago", "hace 3 horas", "3 часа назад". */
function ago(language: string, then: Date, now: Date): string {
  const seconds = (then.getTime() - now.getTime()) / 1000
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ]
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(0, 'minute')
}

function WeeklyChart({
  weeks,
  language,
  t,
}: {
  weeks: WeekCount[]
  language: string
  t: Translate
}) {
  const weekLabel = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
  const compact = new Intl.NumberFormat(language, { notation: 'compact' })
  const maxLeads = Math.max(1, ...weeks.map((week) => week.count))
  const maxViews = Math.max(1, ...weeks.map((week) => week.views))
  const total = weeks.reduce((sum, week) => sum + week.count, 0)
  const views = weeks.reduce((sum, week) => sum + week.views, 0)
  return (
    <figure className="leads-dashboard__card" data-testid="leads-per-week">
      <h3>{t('perWeekWithViews')}</h3>
      <figcaption>
        {t('inLastWeeksWithViews', { total, views, weeks: weeks.length })}{' '}
        <span className="leads-dashboard__legend" aria-hidden="true">
          <span className="leads-dashboard__key" /> {t('leads')}{' '}
          <span className="leads-dashboard__key leads-dashboard__key--views" /> {t('views')}
        </span>
      </figcaption>
      <ol className="leads-dashboard__chart">
        {weeks.map((week) => {
          const label = weekLabel.format(new Date(week.weekStart))
          return (
            <li
              key={week.weekStart}
              title={t('weekOfWithViews', { label, count: week.count, views: week.views })}
            >
              <span className="leads-dashboard__count">{week.count}</span>
              <span className="leads-dashboard__track" aria-hidden="true">
                <span
                  className="leads-dashboard__bar leads-dashboard__bar--views"
                  style={{ height: `${(week.views / maxViews) * 100}%` }}
                />
                <span
                  className="leads-dashboard__bar"
                  style={{ height: `${(week.count / maxLeads) * 100}%` }}
                />
              </span>
              <span className="leads-dashboard__count" data-testid="views-of-week">
                {compact.format(week.views)}
              </span>
              <span className="leads-dashboard__week">{label}</span>
            </li>
          )
        })}
      </ol>
    </figure>
  )
}

type Column = { name: SortColumn; label: string; title?: string }

function SourceTable({
  sources,
  sort,
  weeks,
  adminRoute,
  leadsUrl,
  language,
  t,
}: {
  sources: SourceCount[]
  sort: SourceSort
  weeks: number
  adminRoute: string
  leadsUrl: (where: Record<string, string>) => string
  language: string
  t: Translate
}) {
  const number = new Intl.NumberFormat(language)
  const percent = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })
  const columns: Column[] = [
    { name: 'title', label: t('page') },
    { name: 'views', label: t('views') },
    { name: 'leads', label: t('leads') },
    { name: 'calls', label: t('calls') },
    { name: 'won', label: t('won') },
    { name: 'conversion', label: t('conversion'), title: t('conversionHelp') },
  ]
  /** The address that sorts by `column`: numbers most first, titles A to Z, then the other way. */
  const sortHref = (column: SortColumn) => {
    const descending = sort.column === column ? !sort.descending : column !== 'title'
    return `${adminRoute}?${new URLSearchParams({ sourcesSort: sortParameter({ column, descending }) })}`
  }
  return (
    <div className="leads-dashboard__card" data-testid="leads-per-source">
      <h3>{t('sources')}</h3>
      <p className="leads-dashboard__note">{t('sourcesPeriod', { weeks })}</p>
      {sources.length === 0 ? (
        <p>{t('noLeads')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.name}
                  scope="col"
                  title={column.title}
                  data-column={column.name}
                  aria-sort={
                    sort.column === column.name
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  <Link href={sortHref(column.name)} scroll={false} prefetch={false}>
                    {column.label}
                    {sort.column === column.name && (
                      <span aria-hidden="true">{sort.descending ? ' ↓' : ' ↑'}</span>
                    )}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => {
              const title = source.title ?? t('direct')
              return (
                <tr key={source.article ?? source.sourcePage ?? ''}>
                  <th scope="row">
                    {source.leads > 0 ? (
                      <a href={leadsUrl(sourceFilter(source.pages))}>{title}</a>
                    ) : (
                      title
                    )}
                  </th>
                  <td data-column="views">{number.format(source.views)}</td>
                  <td data-column="leads">{number.format(source.leads)}</td>
                  <td data-column="calls">{number.format(source.calls)}</td>
                  <td data-column="won">{number.format(source.won)}</td>
                  <td data-column="conversion">
                    {source.conversion === null ? (
                      <span title={t('noViews')}>–</span>
                    ) : (
                      percent.format(source.conversion)
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** The leads list's filter for these source pages (none: came to the contact page directly). */
function sourceFilter(pages: string[]): Record<string, string> {
  if (pages.length === 0) return { 'where[sourcePage][exists]': 'false' }
  if (pages.length === 1) return { 'where[sourcePage][equals]': pages[0] }
  return { 'where[sourcePage][in]': pages.join(',') }
}
