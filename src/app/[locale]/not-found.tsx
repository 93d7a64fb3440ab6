/**
 * An article, tag or comparison that does not exist (or is not published in this language), and
 * any unknown address: in the language of the address. A not-found page gets no params; the
 * language is the root layout's param, which `next/root-params` gives without making any page
 * dynamic (headers() here would: this component is part of every page's tree).
 *
 * Being part of every page's tree, it travels in every page's payload too, so it is kept small:
 * the message and its two ways back (the layout around it has the skip link and the footer).
 */
import { locale as rootLocale } from 'next/root-params'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'

export default async function NotFound() {
  const named: unknown = await rootLocale()
  const locale = isLocale(named) ? named : DEFAULT_LOCALE
  return (
    <main id="main" className="container" tabIndex={-1}>
      <NotFoundMessage locale={locale} />
    </main>
  )
}
