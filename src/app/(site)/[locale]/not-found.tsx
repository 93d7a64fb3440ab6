/**
 * An article, tag or comparison that does not exist (or is not published in this language), and
 * any unknown address: in the language of the address. A not-found page gets no params; the
 * language is the root layout's param, which `next/root-params` gives without making any page
 * dynamic (headers() here would: this component is part of every page's tree).
 */
import { locale as rootLocale } from 'next/root-params'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { PageShell } from '@/components/PageShell'
import { getSiteSettings } from '@/data/site-settings'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'

export default async function NotFound() {
  const named: unknown = await rootLocale()
  const locale = isLocale(named) ? named : DEFAULT_LOCALE
  const settings = await getSiteSettings(locale)
  return (
    <PageShell settings={settings} locale={locale} translations={{}}>
      <section>
        <NotFoundMessage locale={locale} />
      </section>
    </PageShell>
  )
}
