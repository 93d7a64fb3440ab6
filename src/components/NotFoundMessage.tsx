import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'

/** What every 404 says: what happened, and two ways back. */
export function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'notFound')
  const paths = pathsFor(locale)
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href={paths.home}>{t('home')}</Link> {t('or')}{' '}
        <Link href={paths.articles}>{t('articles')}</Link>.
      </p>
    </>
  )
}
