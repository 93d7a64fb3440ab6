import type { SiteSetting } from '@/payload-types'
import type { Locale } from '@/lib/locales'
import type { Translations } from '@/lib/page-metadata'

import { SiteHeader } from './SiteHeader'

/**
 * The header and the main region of a page. Each page renders it (not the layout), because the
 * header's language switcher links to this page's own translations, which only the page knows.
 * The main region has the reading width, or the wide one (`wide`) for pages of sections and grids.
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
