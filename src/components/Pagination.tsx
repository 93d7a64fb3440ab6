import Link from 'next/link'

import { paths } from '@/lib/paths'

export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 && (
        <Link rel="prev" href={paths.articlesPage(page - 1)}>
          ← Newer articles
        </Link>
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages && (
        <Link rel="next" href={paths.articlesPage(page + 1)}>
          Older articles →
        </Link>
      )}
    </nav>
  )
}
