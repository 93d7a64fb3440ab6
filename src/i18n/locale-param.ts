/** The `[locale]` segment of a page's params, as a language of the site (else a 404). */
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/lib/locales'

export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}
