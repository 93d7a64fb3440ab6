import type { SiteSetting } from '@/payload-types'
import type { Locale } from '@/lib/locales'
import type { Translations } from '@/lib/page-metadata'

import { SiteHeader } from './SiteHeader'

/**
 * The header and the main region of a page. Each page renders it (not the layout), because the
 * header's language switcher links to this page's own translations, which only the page knows.
 */
export function PageShell({
  settings,
  locale,
  translations,
  wide = false,
  children,
}: {
  settings: SiteSetting
  locale: Locale
  translations: Translations
  /** The home page's and lists' width; the default is the reading width. */
  wide?: boolean
  children: React.ReactNode
}) {
  return (
    <>
      <SiteHeader settings={settings} locale={locale} translations={translations} />
      <main id="main" className={wide ? 'container container--wide' : 'container'} tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
