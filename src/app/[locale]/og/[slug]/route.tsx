import { ImageResponse } from 'next/og'

import { getArticleBySlug } from '@/data/articles'
import { getSiteSettings } from '@/data/site-settings'
import { translator } from '@/i18n/translate'
import { isLocale } from '@/lib/locales'

/** The sharing image of an article without an uploaded one: its title on the site's colours. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const article = await getArticleBySlug(locale, slug)
  if (!article) return new Response('Not found', { status: 404 })
  const settings = await getSiteSettings(locale)
  const minutes = article.readingTime
    ? ` · ${translator(locale, 'article')('readingTime', { minutes: article.readingTime })}`
    : ''
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#0b2540',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>
        {article.title}
      </div>
      <div style={{ display: 'flex', fontSize: 32, color: '#9ec5ee' }}>
        {`${settings.siteName}${minutes}`}
      </div>
    </div>,
    {
      width: 1200,
      height: 630,
      headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
    },
  )
}
