import type { Metadata, Viewport } from 'next'

import { AdminBar } from '@/components/AdminBar.client'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getSiteSettings } from '@/data/site-settings'
import { getServerEnv } from '@/lib/env'
import { paths } from '@/lib/paths'
import { SITE_LOCALE } from '@/lib/site'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(getServerEnv().SITE_URL),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
    applicationName: settings.siteName,
    alternates: {
      types: { 'application/rss+xml': [{ url: paths.feed, title: `${settings.siteName} (RSS)` }] },
    },
    openGraph: { siteName: settings.siteName, locale: SITE_LOCALE },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5cad',
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang={SITE_LOCALE}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <AdminBar />
        <SiteHeader settings={settings} />
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
