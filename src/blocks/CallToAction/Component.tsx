import Link from 'next/link'

import type { CallToActionBlock as CallToActionData, SiteSetting } from '@/payload-types'

type Props = Partial<Pick<CallToActionData, 'heading' | 'text' | 'buttonLabel' | 'link'>> & {
  defaults: SiteSetting['cta']
}

/** The consultation call to action; empty fields fall back to the site settings. */
export function CallToAction({ heading, text, buttonLabel, link, defaults }: Props) {
  return (
    <aside className="cta" aria-label="Call to action">
      <h2>{heading || defaults.heading}</h2>
      {(text || defaults.text) && <p>{text || defaults.text}</p>}
      <Link className="button" href={link || defaults.link || '/contact'}>
        {buttonLabel || defaults.buttonLabel}
      </Link>
    </aside>
  )
}
