import { formatDate } from '@/i18n/format'
import type { Locale } from '@/lib/locales'

/** A date in the page's language and the site's time zone, machine-readable too. */
export function DateTime({
  iso,
  locale,
  timeZone,
}: {
  iso: string
  locale: Locale
  timeZone: string
}) {
  return <time dateTime={iso}>{formatDate(iso, locale, timeZone)}</time>
}
