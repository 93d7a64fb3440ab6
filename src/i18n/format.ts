/**
 * Dates in the page's language and the site's time zone (a site setting): "February 18, 2026",
 * "18 de febrero de 2026", "18 февраля 2026 г.". Never the server's or the browser's default.
 */
import type { Locale } from '@/lib/locales'

const formats = new Map<string, Intl.DateTimeFormat>()

export function formatDate(iso: string, locale: Locale, timeZone: string): string {
  const key = `${locale} ${timeZone}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone })
    formats.set(key, format)
  }
  return format.format(new Date(iso))
}
