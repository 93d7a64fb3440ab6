'use client'

import { usePathname } from 'next/navigation'
import { useEffect } from 'react'

/** The page the reader was on before this one (client-side navigations leave document.referrer). */
let previous: string | undefined

/**
 * Counts a view of the page (POST /api/views, src/analytics): one beacon once the page has loaded
 * and one per client-side navigation, so the pages themselves stay static. It sends the path, the
 * referring page's host and `utm_source`, nothing else, and sets no cookie; the server decides
 * what counts (no bots, prefetches, editors or Do Not Track). A prerendered page counts only
 * once it is shown; the admin's live preview frame never.
 */
export function ViewBeacon() {
  const pathname = usePathname()
  useEffect(() => {
    if (window.top !== window) return
    const referrer = previous ?? document.referrer
    previous = location.href
    const send = () =>
      navigator.sendBeacon(
        '/api/views',
        JSON.stringify({
          p: location.pathname,
          r: referrer && new URL(referrer).host,
          u: new URLSearchParams(location.search).get('utm_source') ?? '',
        }),
      )
    if ((document as { prerendering?: boolean }).prerendering) {
      document.addEventListener('prerenderingchange', send, { once: true })
    } else if (document.readyState === 'complete') send()
    else addEventListener('load', send, { once: true })
  }, [pathname])
  return null
}
