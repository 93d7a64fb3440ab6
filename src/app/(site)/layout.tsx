import type { Metadata, Viewport } from 'next'
import Link from 'next/link'

import { getServerEnv } from '@/lib/env'

import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(getServerEnv().SITE_URL),
  title: { default: 'Freelance backend development', template: '%s' },
  description: 'Articles and consulting on Python, Django and FastAPI backends.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main" className="container">
            <Link href="/" className="brand">
              Home
            </Link>
          </nav>
        </header>
        <main id="main" className="container">
          {children}
        </main>
      </body>
    </html>
  )
}
