import type { SiteSetting } from '@/payload-types'
import { paths } from '@/lib/paths'

export function SiteFooter({ settings }: { settings: SiteSetting }) {
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
              <a href={`https://t.me/${telegram}`}>Telegram @{telegram}</a>
            </>
          )}
          {' · '}
          <a href={paths.feed}>RSS feed</a>
        </p>
      </div>
    </footer>
  )
}
