import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'
import { paths } from '@/lib/paths'

export function SiteHeader({ settings }: { settings: SiteSetting }) {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href={paths.home} className="brand">
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
