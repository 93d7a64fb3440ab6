/**
 * The "Languages" column of the articles and comparisons lists: for each language, whether the
 * document is public there (published, with its text in that language), a draft, or not
 * translated. One read per row, all languages at once.
 */
import type { DefaultServerCellComponentProps } from 'payload'

import { adminMessages } from '@/i18n/admin/text'
import { LOCALES, type Locale } from '@/lib/locales'

type PerLocale = Partial<Record<Locale, string | null>>

export async function LanguagesCell({
  rowData,
  payload,
  collectionConfig,
  i18n,
}: DefaultServerCellComponentProps) {
  // Payload 3.90 also renders a `ui` field's Cell in the edit form (renderField.js tests
  // `key in [...]` on the array's indexes), without a collection: nothing to show there.
  if (!collectionConfig) return null
  const collection = collectionConfig.slug as 'articles' | 'comparisons'
  const doc = await payload.findByID({
    collection,
    id: rowData.id as number,
    locale: 'all',
    depth: 0,
    select: { title: true, _status: true },
    disableErrors: true,
  })
  const titles = (doc?.title ?? {}) as PerLocale
  const statuses = (doc?._status ?? {}) as PerLocale
  const text = adminMessages(i18n.language).languagesCell
  return (
    <span className="languages-cell">
      {LOCALES.map((locale) => {
        const state = !titles[locale]
          ? 'missing'
          : statuses[locale] === 'published'
            ? 'published'
            : 'draft'
        return (
          <span
            key={locale}
            className={`languages-cell__${state}`}
            title={`${locale.toUpperCase()}: ${text[state]}`}
          >
            {locale.toUpperCase()} {state === 'published' ? '●' : state === 'draft' ? '○' : '–'}
          </span>
        )
      })}
    </span>
  )
}
