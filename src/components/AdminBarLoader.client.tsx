'use client'

import { type ComponentType, useEffect, useState } from 'react'

import type { Messages } from '@/i18n/messages/en'
import { hasSignedInHint } from '@/lib/signed-in-hint'

type Bar = ComponentType<{ labels: Messages['adminBar'] }>

/**
 * What every page ships of the admin bar: a look at the signed-in hint (src/lib/signed-in-hint.ts)
 * once the page runs. Only a browser that carries it (an editor's) fetches the bar itself
 * (AdminBar.client.tsx, with its calls to the API and its table of editable addresses); a reader
 * downloads and runs none of it. Inside the admin's live preview the admin is already around.
 */
export function AdminBarLoader({ labels }: { labels: Messages['adminBar'] }) {
  const [AdminBar, setAdminBar] = useState<Bar | null>(null)
  useEffect(() => {
    if (window.self !== window.top || !hasSignedInHint(window.document.cookie)) return
    let current = true
    import('./AdminBar.client').then(
      (module) => current && setAdminBar(() => module.AdminBar),
      () => undefined, // offline: no bar this time; the site works without it
    )
    return () => {
      current = false
    }
  }, [])
  return AdminBar ? <AdminBar labels={labels} /> : null
}
