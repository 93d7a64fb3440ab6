import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'
import { translator } from '@/i18n/translate'
import { type Locale, LOCALE_NAMES, LOCALES } from '@/lib/locales'
import type { Translations } from '@/lib/page-metadata'

import { SearchBox } from './SearchBox.client'
import { localizedHref, pathsFor } from '@/lib/paths'

/**
 * The site's name, its navigation, the primary action (book the free call), the search field, and
 * the language switcher: each other language by its own name, to this page in it where it exists,
 * else to that language's home. Pure CSS arranges them (globals.css, "Header"): on a phone the
 * action sits beside the name, never behind a menu; from a tablet up the bar with the name, the
 * navigation and the action stays on screen while the row above it scrolls away.
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
  return (
    <header className="site-header">
      <div className="container container--wide header-inner">
        <Link href={pathsFor(locale).home} className="brand">
          {settings.siteName}
        </Link>
        <nav aria-label={t('mainNavigation')} className="main-nav">
          <ul>
            {(settings.navigation ?? []).map((item) => (
              <li key={item.id ?? item.url}>
                <Link href={localizedHref(item.url, locale)}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
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
        <SearchBox
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
                  <a href={translations[code] ?? pathsFor(code).home} hrefLang={code} lang={code}>
                    {LOCALE_NAMES[code]}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
