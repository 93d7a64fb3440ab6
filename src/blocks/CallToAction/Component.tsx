import Link from 'next/link'

import type { CallToActionBlock as CallToActionData, SiteSetting } from '@/payload-types'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { localizedHref, pathsFor, withFrom } from '@/lib/paths'

type Props = Partial<Pick<CallToActionData, 'heading' | 'text' | 'buttonLabel' | 'link'>> & {
  defaults: SiteSetting['cta']
  /** The page this call to action is on, recorded with the lead it brings. */
  from?: string
  locale: Locale
}

/** The consultation call to action; empty fields fall back to the site settings. */
export function CallToAction({ heading, text, buttonLabel, link, defaults, from, locale }: Props) {
  const t = translator(locale, 'cta')
  return (
    <aside className="cta" aria-label={t('label')}>
      <h2>{heading || defaults.heading}</h2>
      {(text || defaults.text) && <p>{text || defaults.text}</p>}
      <Link
        className="button"
        href={withFrom(localizedHref(link || defaults.link || '/contact', locale), from)}
      >
        {buttonLabel || defaults.buttonLabel}
      </Link>{' '}
      <Link className="cta__secondary" href={withFrom(pathsFor(locale).book, from)}>
        {t('book')}
      </Link>
    </aside>
  )
}
