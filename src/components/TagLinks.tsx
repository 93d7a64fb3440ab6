import Link from 'next/link'

import { paths } from '@/lib/paths'
import type { Tag } from '@/payload-types'

export function TagLinks({ tags }: { tags: (number | Tag)[] | null | undefined }) {
  const list = (tags ?? []).filter((tag): tag is Tag => typeof tag === 'object')
  if (list.length === 0) return null
  return (
    <ul className="tags" aria-label="Tags">
      {list.map((tag) => (
        <li key={tag.id}>
          <Link href={paths.tag(tag.slug)}>{tag.name}</Link>
        </li>
      ))}
    </ul>
  )
}
