import Link from 'next/link'

import { ArticleList, type ArticleListItem } from '@/components/ArticleList'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import type { LatestArticlesBlock } from '@/payload-types'

/** The newest articles in the page's language, and the way to all of them. */
export function LatestArticles({
  block,
  items,
  locale,
  timeZone,
}: {
  block: LatestArticlesBlock
  items: ArticleListItem[]
  locale: Locale
  timeZone: string
}) {
  if (items.length === 0) return null
  const t = translator(locale, 'home')
  const id = `latest-${block.id ?? 'title'}`
  return (
    <section className="section latest" aria-labelledby={id}>
      <h2 id={id}>{block.heading || t('latest')}</h2>
      <ArticleList articles={items} headingLevel={3} locale={locale} timeZone={timeZone} />
      <p>
        <Link href={pathsFor(locale).articles}>{t('allArticles')}</Link>
      </p>
    </section>
  )
}
