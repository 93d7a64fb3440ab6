'use client'

/**
 * Payload's own Publish button, with one change to its Schedule Publish drawer: before a publish
 * is scheduled, the server tries the publish (`GET /api/<collection>/<id>/publish-check`, rolled
 * back) and a draft that could not be published is refused with a toast naming what is wrong,
 * instead of failing silently on its day.
 *
 * The drawer calls the `schedulePublish` server function of the ServerFunctions context; this
 * component gives the button a context whose `schedulePublish` checks first. It also throws when
 * the server function answers `{ error }`: Payload 3.90's drawer ignores that answer and says
 * "scheduled successfully" whatever happened.
 */
import {
  PublishButton,
  ServerFunctionsContext,
  type ServerFunctionsContextType,
  useConfig,
  useServerFunctions,
  useTranslation,
} from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { useMemo } from 'react'

import { adminTranslator } from '@/i18n/admin/text'

type Props = { label?: string } & PublishButtonClientProps

function errorOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null || !('error' in result)) return null
  return typeof result.error === 'string' && result.error ? result.error : null
}

type Translate = ReturnType<typeof adminTranslator<'scheduling'>>

async function problemOf(api: string, collection: string, id: number | string, t: Translate) {
  const response = await fetch(`${api}/${collection}/${encodeURIComponent(id)}/publish-check`, {
    credentials: 'include',
  })
  const body = (await response.json().catch(() => ({}))) as { problem?: unknown; message?: unknown }
  if (!response.ok) return String(body.message ?? t('checkFailed', { status: response.status }))
  return typeof body.problem === 'string' && body.problem ? body.problem : null
}

export function SchedulePublishButton(props: Props) {
  const serverFunctions = useServerFunctions()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language

  const value = useMemo<ServerFunctionsContextType>(
    () => ({
      ...serverFunctions,
      schedulePublish: async (args) => {
        if (args.type === 'publish' && args.doc && args.deleteID === undefined) {
          const t = adminTranslator(language, 'scheduling')
          const problem = await problemOf(api, args.doc.relationTo, String(args.doc.value), t)
          if (problem) throw new Error(t('refused', { problem }))
        }
        const result = await serverFunctions.schedulePublish(args)
        const error = errorOf(result)
        if (error) throw new Error(error)
        return result
      },
    }),
    [api, language, serverFunctions],
  )

  return (
    <ServerFunctionsContext value={value}>
      <PublishButton {...props} />
    </ServerFunctionsContext>
  )
}
