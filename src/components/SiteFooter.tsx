import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'
import { translator } from '@/i18n/translate'
import { type Locale, LOCALE_NAMES, LOCALES } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'

/**
 * Every page's footer: who the site is and the free call, how to reach the owner (email,
 * Telegram), the languages, and the site's own pages (privacy, the feed). It belongs to the
 * layout, which does not know the page's translations: its languages lead to each one's home
 * (the header's switcher leads to this page in them). Columns from a tablet up (globals.css).
 */
export function SiteFooter({ settings, locale }: { settings: SiteSetting; locale: Locale }) {
  const t = translator(locale, 'site')
  const privacy = translator(locale, 'privacy')
  const paths = pathsFor(locale)
  const telegram = settings.telegram?.replace(/^@/, '')
  return (
    <footer className="site-footer">
      <div className="container container--wide footer-inner">
        <div className="footer-about">
          <p className="footer-name">{settings.ownerName}</p>
          {settings.tagline && <p>{settings.tagline}</p>}
          <Link href={paths.book} className="button">
            {t('bookCall')}
          </Link>
        </div>
        <div className="footer-contact">
          <h2>{t('contact')}</h2>
          <ul>
            <li>
              <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
            </li>
            {telegram && (
              <li>
                <a href={`https://t.me/${telegram}`}>{t('telegram', { handle: telegram })}</a>
              </li>
            )}
          </ul>
        </div>
        <div>
          <h2>{t('languages')}</h2>
          <ul>
            {LOCALES.map((code) => (
              <li key={code}>
                <a
                  href={pathsFor(code).home}
                  hrefLang={code}
                  lang={code}
                  aria-current={code === locale ? 'true' : undefined}
                >
                  {LOCALE_NAMES[code]}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('aboutSite')}</h2>
          <ul>
            <li>
              <a href={paths.privacy}>{privacy('link')}</a>
            </li>
            <li>
              <a href={paths.feed}>{t('rssFeed')}</a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  )
}
