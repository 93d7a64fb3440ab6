import Link from 'next/link'

import { breadcrumbList } from '@/lib/structured-data'

import { JsonLd } from './JsonLd'

export type Crumb = { name: string; path: string }

/** The trail above a page (its ancestors, as links) and the same trail as JSON-LD. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: Crumb }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
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
