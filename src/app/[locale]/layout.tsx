/**
 * Every public page, in its language: `<html lang>`, the owner's brand accent (a stylesheet of
 * custom properties, both colour schemes), the skip link, the admin bar, the footer, and the
 * beacon that counts its views.
 */
import type { Metadata, Viewport } from 'next'

import { AdminBarLoader } from '@/components/AdminBarLoader.client'
import { SiteFooter } from '@/components/SiteFooter'
import { ViewBeacon } from '@/components/ViewBeacon.client'
import { getSiteSettings } from '@/data/site-settings'
import { accentStylesheet, DARK_BACKGROUND, LIGHT_BACKGROUND } from '@/lib/accent'
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
  // The browser's own bars take the page's background, per colour scheme.
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: LIGHT_BACKGROUND },
    { media: '(prefers-color-scheme: dark)', color: DARK_BACKGROUND },
  ],
}

export default async function SiteLayout({ children, params }: Props) {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  const t = translator(locale, 'site')
  return (
    <html lang={locale}>
      <head>
        <style>{accentStylesheet(settings.brandAccent)}</style>
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <AdminBarLoader labels={messagesOf(locale).adminBar} />
        {children}
        <SiteFooter settings={settings} locale={locale} />
        <ViewBeacon />
      </body>
    </html>
  )
}
