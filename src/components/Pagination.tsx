import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'

export function Pagination({
  page,
  totalPages,
  locale,
}: {
  page: number
  totalPages: number
  locale: Locale
}) {
  if (totalPages <= 1) return null
  const t = translator(locale, 'list')
  const paths = pathsFor(locale)
  return (
    <nav aria-label={t('pagination')} className="pagination">
      {page > 1 && (
        <Link rel="prev" href={paths.articlesPage(page - 1)}>
          {t('newer')}
        </Link>
      )}
      <span>{t('pageOf', { page, total: totalPages })}</span>
      {page < totalPages && (
        <Link rel="next" href={paths.articlesPage(page + 1)}>
          {t('older')}
        </Link>
      )}
    </nav>
  )
}
