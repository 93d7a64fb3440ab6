'use client'

import { useState, useSyncExternalStore } from 'react'

/** One language the suggestion can offer, in its own words. */
export type LanguageOffer = {
  locale: string
  href: string
  text: string
  link: string
  close: string
}

const DISMISSED = 'language-suggestion-dismissed'
const noSubscription = () => () => {}

/** The first of the browser's languages the site has, if it comes before English. */
function preferredLocale(offered: string[]): string | null {
  try {
    if (localStorage.getItem(DISMISSED)) return null
  } catch {
    // Storage refused (private mode): still offer, just not remembered.
  }
  for (const preferred of navigator.languages ?? [navigator.language]) {
    const code = preferred.toLowerCase().split('-')[0]
    if (code === 'en') return null
    if (offered.includes(code)) return code
  }
  return null
}

/**
 * On the English home page only: a reader whose browser prefers Spanish or Russian (before
 * English) is offered that language's home, in that language. Nothing redirects; closing it
 * keeps it closed (localStorage). The page stays static: the browser decides, after loading.
 */
export function LanguageSuggestion({ offers }: { offers: LanguageOffer[] }) {
  const [dismissed, setDismissed] = useState(false)
  // Nothing in the server's HTML; the browser's preference once the page runs.
  const locale = useSyncExternalStore(
    noSubscription,
    () => preferredLocale(offers.map((offer) => offer.locale)),
    () => null,
  )
  const offer = offers.find((candidate) => candidate.locale === locale)
  if (!offer || dismissed) return null
  const dismiss = () => {
    try {
      localStorage.setItem(DISMISSED, '1')
    } catch {
      // Not remembered; closed for now.
    }
    setDismissed(true)
  }
  return (
    <aside className="language-suggestion" lang={offer.locale} aria-label={offer.text}>
      <p>
        {offer.text}{' '}
        <a href={offer.href} hrefLang={offer.locale}>
          {offer.link}
        </a>
      </p>
      <button type="button" onClick={dismiss} aria-label={offer.close}>
        ×
      </button>
    </aside>
  )
}
