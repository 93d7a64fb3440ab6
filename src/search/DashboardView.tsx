/**
 * The admin home's "What readers search for" (Payload's `beforeDashboard` slot): the counts of
 * the last 30 days, for every signed-in admin or editor (they hold nothing personal).
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { SearchesDashboard } from '@/components/admin/SearchesDashboard'
import type { User } from '@/payload-types'

import { searchesOfLastDays } from './queries'

type Props = { payload: Payload; user?: User | null; i18n: I18nClient }

export async function SearchesDashboardView({ payload, user, i18n }: Props) {
  if (!user) return null
  const { top, unanswered } = await searchesOfLastDays(payload)
  return <SearchesDashboard top={top} unanswered={unanswered} language={i18n.language} />
}
