import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import type { Comparison } from '@/payload-types'

/**
 * A real table (caption, column and row headers). On a narrow phone each row becomes a small
 * card, with the column name shown beside each value (see .comparison in globals.css).
 */
export function ComparisonTable({
  comparison,
  linkToPage = true,
  locale,
}: {
  comparison: Comparison
  linkToPage?: boolean
  locale: Locale
}) {
  const t = translator(locale, 'comparison')
  const { optionA, optionB, rows } = comparison
  return (
    <figure className="comparison">
      <table>
        <caption>
          {comparison.title}
          {linkToPage && (
            <>
              {' '}
              <Link href={pathsFor(locale).comparison(comparison.slug)} className="comparison-link">
                {t('fullComparison')}
              </Link>
            </>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('feature')}</th>
            <th scope="col">{optionA}</th>
            <th scope="col">{optionB}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id ?? row.feature}>
              <th scope="row">
                {row.feature}
                {row.note && <span className="note">{row.note}</span>}
              </th>
              <td data-label={optionA}>{row.a}</td>
              <td data-label={optionB}>{row.b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
