import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'

/**
 * A plain GET form to the search page: works without JavaScript. At the top of the results (with
 * the query in it); the header's field is HeaderSearch.client.tsx, the same form until it is used.
 */
export function SearchForm({
  locale,
  id,
  query = '',
  className,
}: {
  locale: Locale
  id: string
  query?: string
  className?: string
}) {
  const t = translator(locale, 'search')
  return (
    <form
      role="search"
      action={pathsFor(locale).search}
      method="get"
      className={className ?? 'search-form'}
    >
      <label htmlFor={id}>{t('label')}</label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit">{t('button')}</button>
    </form>
  )
}
