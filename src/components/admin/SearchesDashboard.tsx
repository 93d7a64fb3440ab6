import { adminTranslator } from '@/i18n/admin/text'
import { LOCALE_NAMES } from '@/lib/locales'
import type { SearchCount } from '@/search/queries'

import './LeadsDashboard.scss'

type Props = { top: SearchCount[]; unanswered: SearchCount[]; language: string }
type Translate = ReturnType<typeof adminTranslator<'searches'>>

/** The admin home's view of what readers search for, and what they searched for in vain. */
export function SearchesDashboard({ top, unanswered, language }: Props) {
  const t = adminTranslator(language, 'searches')
  return (
    <section className="leads-dashboard" aria-labelledby="searches-dashboard-title">
      <h2 id="searches-dashboard-title">{t('title')}</h2>
      <div className="leads-dashboard__grid">
        <SearchTable title={t('top')} rows={top} t={t} testId="top-searches" />
        <SearchTable title={t('unanswered')} rows={unanswered} t={t} testId="unanswered-searches" />
      </div>
    </section>
  )
}

function SearchTable({
  title,
  rows,
  t,
  testId,
}: {
  title: string
  rows: SearchCount[]
  t: Translate
  testId: string
}) {
  return (
    <div className="leads-dashboard__card" data-testid={testId}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('query')}</th>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('times')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.locale}/${row.query}`}>
                <th scope="row">{row.query}</th>
                <td>{LOCALE_NAMES[row.locale] ?? row.locale}</td>
                <td>{row.searches}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
