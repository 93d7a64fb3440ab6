import { adminTranslator } from '@/i18n/admin/text'

import './LeadsDashboard.scss'

type UpcomingCall = {
  id: number
  startsAt: string
  name: string
  email: string
  topic: string | null
}

type Props = { calls: UpcomingCall[]; timeZone: string; adminRoute: string; language: string }

/** The booked calls of the coming week, in the owner's time zone and the admin's language. */
export function UpcomingCalls({ calls, timeZone, adminRoute, language }: Props) {
  const t = adminTranslator(language, 'dashboard')
  const when = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  })
  return (
    <section className="leads-dashboard" aria-labelledby="upcoming-calls-title">
      <div className="leads-dashboard__card" data-testid="upcoming-calls">
        <h2 id="upcoming-calls-title">{t('upcomingCalls')}</h2>
        {calls.length === 0 ? (
          <p>{t('noUpcomingCalls')}</p>
        ) : (
          <table>
            <tbody>
              {calls.map((call) => (
                <tr key={call.id}>
                  <td>
                    <time dateTime={call.startsAt}>{when.format(new Date(call.startsAt))}</time>
                  </td>
                  <th scope="row">
                    <a href={`${adminRoute}/collections/bookings/${call.id}`}>{call.name}</a>
                  </th>
                  <td>
                    <a href={`mailto:${call.email}`}>{call.email}</a>
                  </td>
                  <td>
                    {call.topic && call.topic.length > 80
                      ? `${call.topic.slice(0, 79)}…`
                      : call.topic}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  )
}
