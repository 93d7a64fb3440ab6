/**
 * The admin home's "Calls in the next 7 days" (Payload's `beforeDashboard` slot): confirmed calls,
 * read with the signed-in user's own access, for admins only (editors never see leads).
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { UpcomingCalls } from '@/components/admin/UpcomingCalls'
import type { User } from '@/payload-types'

import { readAvailability } from './calendar'

type Props = { payload: Payload; user?: User | null; i18n: I18nClient }

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

export async function UpcomingCallsView({ payload, user, i18n }: Props) {
  if (!user || !hasRole({ user }, 'admin')) return null
  const now = new Date()
  const [{ docs }, availability] = await Promise.all([
    payload.find({
      collection: 'bookings',
      where: {
        status: { equals: 'confirmed' },
        startsAt: {
          greater_than: new Date(now.getTime() - 60 * 60 * 1000).toISOString(),
          less_than: new Date(now.getTime() + WEEK_MS).toISOString(),
        },
      },
      sort: 'startsAt',
      limit: 50,
      depth: 1,
      overrideAccess: false,
      user,
    }),
    readAvailability(payload),
  ])
  const calls = docs.map((booking) => ({
    id: booking.id,
    startsAt: booking.startsAt,
    topic: booking.topic ?? null,
    name: typeof booking.lead === 'object' ? booking.lead.name : '',
    email: typeof booking.lead === 'object' ? booking.lead.email : '',
  }))
  return (
    <UpcomingCalls
      calls={calls}
      timeZone={availability.timeZone}
      adminRoute={payload.config.routes.admin}
      language={i18n.language}
    />
  )
}
