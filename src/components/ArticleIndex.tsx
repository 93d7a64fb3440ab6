import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'

import { ArticleList, type ArticleListItem } from './ArticleList'
import { Pagination } from './Pagination'

/** One page of "All articles", newest first (the page fetches it). */
export function ArticleIndex({
  articles,
  page,
  totalPages,
  locale,
  timeZone,
}: {
  articles: ArticleListItem[]
  page: number
  totalPages: number
  locale: Locale
  timeZone: string
}) {
  const t = translator(locale, 'list')
  return (
    <>
      <h1>{t('title')}</h1>
      {articles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ArticleList articles={articles} locale={locale} timeZone={timeZone} />
      )}
      <Pagination page={page} totalPages={totalPages} locale={locale} />
    </>
  )
}
