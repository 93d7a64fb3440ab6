import { formatDistance } from 'date-fns'

import type { LeadDashboard, SourceCount, WeekCount } from '@/leads/dashboard'

import './LeadsDashboard.scss'

type Props = LeadDashboard & { adminRoute: string; now?: Date }

/** The admin home's lead overview: new leads, leads per week, which pages bring them. */
export function LeadsDashboard({ newLeads, weeks, sources, adminRoute, now = new Date() }: Props) {
  const leadsUrl = (where: Record<string, string>) =>
    `${adminRoute}/collections/leads?${new URLSearchParams(where)}`

  return (
    <section className="leads-dashboard" aria-labelledby="leads-dashboard-title">
      <h2 id="leads-dashboard-title">Leads</h2>
      <div className="leads-dashboard__grid">
        <div className="leads-dashboard__card" data-testid="new-leads">
          <h3>New, not yet answered</h3>
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
                    {formatDistance(lead.createdAt, now, { addSuffix: true })}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </div>
        <WeeklyChart weeks={weeks} />
      </div>
      <SourceTable sources={sources} leadsUrl={leadsUrl} />
    </section>
  )
}

function WeeklyChart({ weeks }: { weeks: WeekCount[] }) {
  const max = Math.max(1, ...weeks.map((week) => week.count))
  const total = weeks.reduce((sum, week) => sum + week.count, 0)
  return (
    <figure className="leads-dashboard__card" data-testid="leads-per-week">
      <h3>Leads per week</h3>
      <figcaption>
        {total} in the last {weeks.length} weeks
      </figcaption>
      <ol className="leads-dashboard__chart">
        {weeks.map((week) => (
          <li key={week.weekStart} title={`Week of ${week.label}: ${week.count}`}>
            <span className="leads-dashboard__count">{week.count}</span>
            <span className="leads-dashboard__track" aria-hidden="true">
              <span
                className="leads-dashboard__bar"
                style={{ height: `${(week.count / max) * 100}%` }}
              />
            </span>
            <span className="leads-dashboard__week">{week.label}</span>
          </li>
        ))}
      </ol>
    </figure>
  )
}

function SourceTable({
  sources,
  leadsUrl,
}: {
  sources: SourceCount[]
  leadsUrl: (where: Record<string, string>) => string
}) {
  return (
    <div className="leads-dashboard__card" data-testid="leads-per-source">
      <h3>Where leads come from</h3>
      {sources.length === 0 ? (
        <p>No leads yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Leads</th>
              <th scope="col">Won</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.sourcePage ?? ''}>
                <th scope="row">
                  <a href={leadsUrl(sourceFilter(source.pages))}>{source.title}</a>
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
