import type { Metadata } from 'next'
import Link from 'next/link'

import { ContactForm } from '@/components/ContactForm.client'
import { FormLayout } from '@/components/FormLayout'
import { PageShell } from '@/components/PageShell'
import { privacyNotice } from '@/components/PrivacyNoticeLink'
import { getCallMinutes } from '@/data/booking'
import { getSiteSettings } from '@/data/site-settings'
import { formTestimonial } from '@/data/testimonials'
import { localeOf } from '@/i18n/locale-param'
import { messagesOf, translator } from '@/i18n/translate'
import { FORM_STAMPS } from '@/lib/form-stamp'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

const translations = everyLanguage((locale) => pathsFor(locale).contact)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  const { form } = messagesOf(locale)
  return {
    title: form.title,
    description: form.description,
    ...languageMetadata({
      locale,
      path: pathsFor(locale).contact,
      translations,
      siteName: settings.siteName,
    }),
  }
}

/**
 * Rendered once per content version; the edge writes each visitor's form identity, campaign query
 * and a refused post's message where FORM_STAMPS stand (src/lib/form-stamp.ts).
 */
export default async function ContactPage({ params: routeParams }: Props) {
  const locale = await localeOf(routeParams)
  const [settings, callMinutes, testimonial] = await Promise.all([
    getSiteSettings(locale),
    getCallMinutes(),
    formTestimonial(locale),
  ])
  const { form } = messagesOf(locale)
  const booking = translator(locale, 'booking')
  const hidden = {
    idempotencyKey: FORM_STAMPS.idempotencyKey,
    formToken: FORM_STAMPS.formToken,
    campaign: FORM_STAMPS.query,
    locale,
  }
  const telegram = settings.telegram?.replace(/^@/, '')
  const consent = translator(locale, 'form').rich('consent', privacyNotice(locale))
  return (
    <PageShell settings={settings} locale={locale} translations={translations} wide>
      <h1>{form.title}</h1>
      {settings.cta.text && <p className="lede">{settings.cta.text}</p>}
      <p role="alert" className="form-error form-refusal">
        {FORM_STAMPS.refusal}
      </p>
      <p className="book-instead">
        {booking('fromContact')}{' '}
        <Link href={`${pathsFor(locale).book}${FORM_STAMPS.query}`}>
          {booking('fromContactLink', { minutes: callMinutes })}
        </Link>
      </p>
      <FormLayout testimonial={testimonial} locale={locale}>
        <ContactForm
          hidden={hidden}
          texts={form}
          consent={consent}
          permalink={pathsFor(locale).contact}
        />
        <p className="hint">
          {form.directly} <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
          {telegram && (
            <>
              {' '}
              {form.orTelegram} <a href={`https://t.me/${telegram}`}>@{telegram}</a>
            </>
          )}
          .
        </p>
      </FormLayout>
    </PageShell>
  )
}
