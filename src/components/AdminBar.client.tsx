'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { Messages } from '@/i18n/messages/en'
import { documentAt } from '@/lib/document-at'
import { hasSignedInHint, signedInHintCookie } from '@/lib/signed-in-hint'

type Me = { email: string }
type Editing = { pathname: string; href: string | null }

const ADMIN = '/admin'

/**
 * A thin bar above the site for someone signed in to the admin: who they are, "Edit this page"
 * on an article, comparison, case study or tag, and the admin itself. Only a browser with the
 * signed-in hint (a cookie set at login, src/lib/signed-in-hint.ts) loads this at all
 * (AdminBarLoader.client.tsx) and asks `/api/users/me`; readers cost the server nothing beyond
 * the page, and their browser nothing beyond that look at the cookie.
 */
export function AdminBar({ labels }: { labels: Messages['adminBar'] }) {
  const pathname = usePathname()
  const [me, setMe] = useState<Me | null>(null)
  const [editing, setEditing] = useState<Editing | null>(null)

  useEffect(() => {
    // Inside the admin's live preview frame the editor already has the admin around the page.
    if (window.self !== window.top || !hasSignedInHint(window.document.cookie)) return
    const controller = new AbortController()
    fetch('/api/users/me', { credentials: 'same-origin', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { user?: Me | null } | null) => {
        const user = body?.user ?? null
        // The session ended (expired, or signed out elsewhere): the hint goes with it.
        if (!user) window.document.cookie = signedInHintCookie(0, location.protocol === 'https:')
        setMe(user)
      })
      .catch(() => setMe(null))
    return () => controller.abort()
  }, [])

  useEffect(() => {
    const document = me ? documentAt(pathname) : null
    if (!document) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      'where[slug][equals]': document.slug,
      limit: '1',
      depth: '0',
      draft: 'true',
      'select[slug]': 'true',
      locale: document.locale,
    })
    fetch(`/api/${document.collection}?${query}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { docs?: { id: number }[] } | null) => {
        const id = body?.docs?.[0]?.id
        setEditing({
          pathname,
          href: id ? `${ADMIN}/collections/${document.collection}/${id}` : null,
        })
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [me, pathname])

  if (!me) return null
  const editHref = editing?.pathname === pathname ? editing.href : null
  return (
    <div className="admin-bar" role="region" aria-label={labels.label}>
      <span className="admin-bar__user">{labels.signedInAs.replace('{email}', me.email)}</span>
      {editHref && <a href={editHref}>{labels.edit}</a>}
      <a href={ADMIN}>{labels.admin}</a>
      <a href={`${ADMIN}/logout`}>{labels.logOut}</a>
    </div>
  )
}
