import type { Metadata } from 'next'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { DEFAULT_LOCALE } from '@/lib/locales'

import './globals.css'

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'The page you were looking for does not exist.',
  robots: { index: false },
}

/** Any address that matches no route: a 404 with a way back. */
export default function GlobalNotFound() {
  return (
    <html lang={DEFAULT_LOCALE}>
      <body>
        <main id="main" className="container">
          <NotFoundMessage locale={DEFAULT_LOCALE} />
        </main>
      </body>
    </html>
  )
}
