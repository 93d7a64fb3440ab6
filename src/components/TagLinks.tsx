import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import type { Tag } from '@/payload-types'

export function TagLinks({
  tags,
  locale,
}: {
  tags: (number | Tag)[] | null | undefined
  locale: Locale
}) {
  // A tag without a name in this language is left out (it has no page here).
  const list = (tags ?? []).filter(
    (tag): tag is Tag => typeof tag === 'object' && Boolean(tag.slug),
  )
  if (list.length === 0) return null
  return (
    <ul className="tags" aria-label={translator(locale, 'site')('tags')}>
      {list.map((tag) => (
        <li key={tag.id}>
          <Link href={pathsFor(locale).tag(tag.slug)}>{tag.name}</Link>
        </li>
      ))}
    </ul>
  )
}
