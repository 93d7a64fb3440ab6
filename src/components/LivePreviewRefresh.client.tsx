'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'

/**
 * Inside the admin's live preview frame: re-renders the page on the server each time the editor's
 * draft is saved (autosave runs every second while they type).
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={refresh} serverURL={origin} />
}
