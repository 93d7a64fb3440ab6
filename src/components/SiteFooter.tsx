import type { SiteSetting } from '@/payload-types'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'

export function SiteFooter({ settings, locale }: { settings: SiteSetting; locale: Locale }) {
  const t = translator(locale, 'site')
  const privacy = translator(locale, 'privacy')
  const telegram = settings.telegram?.replace(/^@/, '')
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          {settings.ownerName} ·{' '}
          <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
          {telegram && (
            <>
              {' · '}
              <a href={`https://t.me/${telegram}`}>{t('telegram', { handle: telegram })}</a>
            </>
          )}
          {' · '}
          <a href={pathsFor(locale).feed}>{t('rssFeed')}</a>
          {' · '}
          <a href={pathsFor(locale).privacy}>{privacy('link')}</a>
        </p>
      </div>
    </footer>
  )
}
