import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'
import { translator } from '@/i18n/translate'
import { type Locale, LOCALE_NAMES, LOCALES } from '@/lib/locales'
import type { Translations } from '@/lib/page-metadata'

import { HeaderSearch } from './HeaderSearch.client'
import { localizedHref, pathsFor } from '@/lib/paths'

/**
 * "Pau Serrat — Backend Development": the name, and what follows the first dash (with it), which a
 * phone's header leaves out of sight (screen readers still say it) so the name fits on one line.
 */
function splitSiteName(siteName: string): { name: string; tagline?: string } {
  const match = /^(.+?)(\s+[—–|-]\s+.+)$/.exec(siteName)
  return match ? { name: match[1], tagline: match[2] } : { name: siteName }
}

/**
 * The site's name, the primary action (book the free call), the navigation, the search field, and
 * the language switcher: each other language by its own name, to this page in it where it exists,
 * else to that language's home. Pure CSS arranges them (globals.css, "Header"). On a phone the
 * header is one row: the name, a link to the search page, the action, and a menu (a <details>, so
 * it opens without JavaScript) holding the navigation, the search field and the languages. From a
 * tablet up the menu's contents take their places in the header as if there were no menu, and the
 * bar with the name, the navigation and the action stays on screen while the row above it scrolls
 * away.
 */
export function SiteHeader({
  settings,
  locale,
  translations,
}: {
  settings: SiteSetting
  locale: Locale
  translations: Translations
}) {
  const t = translator(locale, 'site')
  const search = translator(locale, 'search')
  const book = t('bookCall')
  const bookShort = t('bookCallShort')
  const brand = splitSiteName(settings.siteName)
  return (
    <header className="site-header">
      <div className="container container--wide header-inner">
        <Link href={pathsFor(locale).home} className="brand">
          <span>
            {brand.name}
            {brand.tagline && <span className="brand__tagline">{brand.tagline}</span>}
          </span>
        </Link>
        <Link href={pathsFor(locale).search} className="header-search-link" prefetch={false}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <circle cx="10.5" cy="10.5" r="6.5" />
            <path d="m15.5 15.5 5 5" />
          </svg>
          <span className="visually-hidden">{search('title')}</span>
        </Link>
        <Link href={pathsFor(locale).book} className="button header-action">
          {bookShort === book ? (
            book
          ) : (
            <>
              <span className="header-action__long">{book}</span>
              <span className="header-action__short">{bookShort}</span>
            </>
          )}
        </Link>
        <details className="header-menu">
          <summary>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
              <path className="header-menu__bars" d="M4 7h16M4 12h16M4 17h16" />
              <path className="header-menu__cross" d="m6 6 12 12M18 6 6 18" />
            </svg>
            <span className="visually-hidden">{t('menu')}</span>
          </summary>
          <div className="header-menu__panel">
            <nav aria-label={t('mainNavigation')} className="main-nav">
              <ul>
                {(settings.navigation ?? []).map((item) => (
                  <li key={item.id ?? item.url}>
                    <Link href={localizedHref(item.url, locale)}>{item.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
            <HeaderSearch
              locale={locale}
              action={pathsFor(locale).search}
              texts={{
                label: search('label'),
                button: search('button'),
                found: search('found', { count: '{count}' }),
                nothing: search('nothing'),
              }}
            />
            <nav aria-label={t('languages')} className="languages">
              <ul>
                {LOCALES.map((code) => (
                  <li key={code}>
                    {code === locale ? (
                      <span aria-current="page" lang={code}>
                        {LOCALE_NAMES[code]}
                      </span>
                    ) : (
                      <a
                        href={translations[code] ?? pathsFor(code).home}
                        hrefLang={code}
                        lang={code}
                      >
                        {LOCALE_NAMES[code]}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </details>
      </div>
    </header>
  )
}
