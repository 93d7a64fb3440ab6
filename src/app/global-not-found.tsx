import type { Metadata } from 'next'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { SITE_LOCALE } from '@/lib/site'

import './(site)/globals.css'

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'The page you were looking for does not exist.',
  robots: { index: false },
}

/** Any address that matches no route: a 404 with a way back. */
export default function GlobalNotFound() {
  return (
    <html lang={SITE_LOCALE}>
      <body>
        <main id="main" className="container">
          <NotFoundMessage />
        </main>
      </body>
    </html>
  )
}
