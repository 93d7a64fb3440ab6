import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

export function SiteHeader({ settings }: { settings: SiteSetting }) {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="brand">
          {settings.siteName}
        </Link>
        <nav aria-label="Main">
          <ul>
            {(settings.navigation ?? []).map((item) => (
              <li key={item.id ?? item.url}>
                <Link href={item.url}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
