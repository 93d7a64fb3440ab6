import { adminTranslator } from '@/i18n/admin/text'
import type { LeadDashboard, SourceCount, WeekCount } from '@/leads/dashboard'

import './LeadsDashboard.scss'

type Props = LeadDashboard & { adminRoute: string; language: string; now?: Date }
type Translate = ReturnType<typeof adminTranslator<'dashboard'>>

/**
 * The admin home's lead overview: new leads, leads per week, which pages bring them, in the
 * editor's admin language.
 */
export function LeadsDashboard({
  newLeads,
  weeks,
  sources,
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
      <SourceTable sources={sources} leadsUrl={leadsUrl} t={t} />
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
  const max = Math.max(1, ...weeks.map((week) => week.count))
  const total = weeks.reduce((sum, week) => sum + week.count, 0)
  return (
    <figure className="leads-dashboard__card" data-testid="leads-per-week">
      <h3>{t('perWeek')}</h3>
      <figcaption>{t('inLastWeeks', { total, weeks: weeks.length })}</figcaption>
      <ol className="leads-dashboard__chart">
        {weeks.map((week) => {
          const label = weekLabel.format(new Date(week.weekStart))
          return (
            <li key={week.weekStart} title={t('weekOf', { label, count: week.count })}>
              <span className="leads-dashboard__count">{week.count}</span>
              <span className="leads-dashboard__track" aria-hidden="true">
                <span
                  className="leads-dashboard__bar"
                  style={{ height: `${(week.count / max) * 100}%` }}
                />
              </span>
              <span className="leads-dashboard__week">{label}</span>
            </li>
          )
        })}
      </ol>
    </figure>
  )
}

function SourceTable({
  sources,
  leadsUrl,
  t,
}: {
  sources: SourceCount[]
  leadsUrl: (where: Record<string, string>) => string
  t: Translate
}) {
  return (
    <div className="leads-dashboard__card" data-testid="leads-per-source">
      <h3>{t('sources')}</h3>
      {sources.length === 0 ? (
        <p>{t('noLeads')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('page')}</th>
              <th scope="col">{t('leads')}</th>
              <th scope="col">{t('won')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.sourcePage ?? ''}>
                <th scope="row">
                  <a href={leadsUrl(sourceFilter(source.pages))}>{source.title ?? t('direct')}</a>
                </th>
                <td>{source.leads}</td>
                <td>{source.won}</td>
              </tr>
            ))}
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
