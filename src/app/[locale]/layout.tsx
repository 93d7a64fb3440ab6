/**
 * Every public page, in its language: `<html lang>`, the skip link, the admin bar, the footer, and
 * the beacon that counts its views.
 */
import type { Metadata, Viewport } from 'next'

import { AdminBar } from '@/components/AdminBar.client'
import { SiteFooter } from '@/components/SiteFooter'
import { ViewBeacon } from '@/components/ViewBeacon.client'
import { getSiteSettings } from '@/data/site-settings'
import { translator, messagesOf } from '@/i18n/translate'
import { getServerEnv } from '@/lib/env'
import { localeOf } from '@/i18n/locale-param'
import { LOCALES, OPEN_GRAPH_LOCALES } from '@/lib/locales'

import '../globals.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  return {
    metadataBase: new URL(getServerEnv().SITE_URL),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
    applicationName: settings.siteName,
    openGraph: { siteName: settings.siteName, locale: OPEN_GRAPH_LOCALES[locale] },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5cad',
}

export default async function SiteLayout({ children, params }: Props) {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  const t = translator(locale, 'site')
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <AdminBar labels={messagesOf(locale).adminBar} />
        {children}
        <SiteFooter settings={settings} locale={locale} />
        <ViewBeacon />
      </body>
    </html>
  )
}
