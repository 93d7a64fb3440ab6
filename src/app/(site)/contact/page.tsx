import type { Metadata } from 'next'

import { getSiteSettings } from '@/data/site-settings'

export const metadata: Metadata = {
  title: 'Request a free consultation',
  description: 'Tell me about your project: a free initial consultation, no obligation.',
  alternates: { canonical: '/contact' },
}

export default async function ContactPage() {
  const settings = await getSiteSettings()
  const telegram = settings.telegram?.replace(/^@/, '')
  return (
    <>
      <h1>Request a free consultation</h1>
      <p>{settings.cta.text}</p>
      <p>
        Write to <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
        {telegram && (
          <>
            {' '}
            or on Telegram <a href={`https://t.me/${telegram}`}>@{telegram}</a>
          </>
        )}
        . I reply within one business day.
      </p>
    </>
  )
}
