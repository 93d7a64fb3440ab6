/**
 * The admin home's lead overview (Payload's `beforeDashboard` slot): the server entry that reads
 * the figures, for admins only (editors never see leads), in the order the address asks for
 * (`?sourcesSort=-views`), and hands them to the component that shows them.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { LeadsDashboard } from '@/components/admin/LeadsDashboard'
import type { User } from '@/payload-types'

import { leadDashboard, parseSourceSort } from './dashboard'

type Props = {
  payload: Payload
  user?: User | null
  i18n: I18nClient
  searchParams?: Record<string, string | string[] | undefined>
}

export async function LeadsDashboardView({ payload, user, i18n, searchParams }: Props) {
  if (!user || !hasRole({ user }, 'admin')) return null
  const sort = parseSourceSort(searchParams?.sourcesSort)
  const dashboard = await leadDashboard(payload, user, new Date(), sort)
  return (
    <LeadsDashboard
      {...dashboard}
      adminRoute={payload.config.routes.admin}
      language={i18n.language}
    />
  )
}
