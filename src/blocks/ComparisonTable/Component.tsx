import Link from 'next/link'

import { paths } from '@/lib/paths'
import type { Comparison } from '@/payload-types'

/**
 * A real table (caption, column and row headers). On a narrow phone each row becomes a small
 * card, with the column name shown beside each value (see .comparison in globals.css).
 */
export function ComparisonTable({
  comparison,
  linkToPage = true,
}: {
  comparison: Comparison
  linkToPage?: boolean
}) {
  const { optionA, optionB, rows } = comparison
  return (
    <figure className="comparison">
      <table>
        <caption>
          {comparison.title}
          {linkToPage && (
            <>
              {' '}
              <Link href={paths.comparison(comparison.slug)} className="comparison-link">
                (full comparison)
              </Link>
            </>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
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
