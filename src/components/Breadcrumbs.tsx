import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { breadcrumbList } from '@/lib/structured-data'

import { JsonLd } from './JsonLd'

export type Crumb = { name: string; path: string }

/** The trail above a page (its ancestors, as links) and the same trail as JSON-LD. */
export function Breadcrumbs({
  trail,
  current,
  locale,
}: {
  trail: Crumb[]
  current: Crumb
  locale: Locale
}) {
  return (
    <>
      <nav aria-label={translator(locale, 'site')('breadcrumb')} className="breadcrumb">
        <ol>
          {trail.map((crumb) => (
            <li key={crumb.path}>
              <Link href={crumb.path}>{crumb.name}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbList([...trail, current])} />
    </>
  )
}
