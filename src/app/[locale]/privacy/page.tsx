import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { getSiteSettings } from '@/data/site-settings'
import { localeOf } from '@/i18n/locale-param'
import type { Messages } from '@/i18n/messages/en'
import { messagesOf, translator } from '@/i18n/translate'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

const translations = everyLanguage((locale) => pathsFor(locale).privacy)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  const t = translator(locale, 'privacy')
  return {
    title: t('title'),
    description: t('description'),
    ...languageMetadata({
      locale,
      path: pathsFor(locale).privacy,
      translations,
      siteName: settings.siteName,
    }),
  }
}

/**
 * The privacy notice: what the site counts and what its forms store, in plain words. Static, like
 * the other pages; the owner and the contact address come from the site settings, so a change
 * there re-renders it with every page.
 */
export default async function PrivacyPage({ params }: Props) {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  const t = translator(locale, 'privacy')
  const owner = settings.ownerName
  const email = settings.contactEmail
  const mail = (chunks: React.ReactNode) => <a href={`mailto:${email}`}>{chunks}</a>
  // What the form stores, one item each, in the catalog's order.
  const stored = Object.keys(messagesOf(locale).privacy.formItems) as Array<
    keyof Messages['privacy']['formItems']
  >
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <h1>{t('title')}</h1>
      <p className="lede">{t.rich('intro', { owner, email, mail })}</p>

      <section aria-labelledby="privacy-form">
        <h2 id="privacy-form">{t('formTitle')}</h2>
        <p>{t('formIntro')}</p>
        <ul>
          {stored.map((item) => (
            <li key={item}>{t(`formItems.${item}`)}</li>
          ))}
        </ul>
        <p>{t('formUse', { owner })}</p>
        <p>{t('formLimits')}</p>
        <p>{t('formKept')}</p>
        <p>{t.rich('formRights', { owner, email, mail })}</p>
      </section>

      <section aria-labelledby="privacy-booking">
        <h2 id="privacy-booking">{t('bookingTitle')}</h2>
        <p>{t('booking')}</p>
      </section>

      <section aria-labelledby="privacy-views">
        <h2 id="privacy-views">{t('viewsTitle')}</h2>
        <p>{t('views')}</p>
        <p>{t('viewsNotCounted')}</p>
      </section>

      <section aria-labelledby="privacy-search">
        <h2 id="privacy-search">{t('searchTitle')}</h2>
        <p>{t('search')}</p>
      </section>

      <section aria-labelledby="privacy-third">
        <h2 id="privacy-third">{t('thirdTitle')}</h2>
        <p>{t('third')}</p>
        <p>{t('cookies')}</p>
      </section>
    </PageShell>
  )
}
