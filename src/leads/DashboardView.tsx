/**
 * The admin home's lead overview (Payload's `beforeDashboard` slot): the server entry that reads
 * the figures, with the signed-in user's own access, for admins only (editors never see leads),
 * and hands them to the component that shows them.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { LeadsDashboard } from '@/components/admin/LeadsDashboard'
import type { User } from '@/payload-types'

import { leadDashboard } from './dashboard'

type Props = { payload: Payload; user?: User | null; i18n: I18nClient }

export async function LeadsDashboardView({ payload, user, i18n }: Props) {
  if (!user || !hasRole({ user }, 'admin')) return null
  const dashboard = await leadDashboard(payload, user)
  return (
    <LeadsDashboard
      {...dashboard}
      adminRoute={payload.config.routes.admin}
      language={i18n.language}
    />
  )
}
