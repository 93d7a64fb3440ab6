import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'

import { ContactForm } from '@/components/ContactForm.client'
import { FormLayout } from '@/components/FormLayout'
import { PageShell } from '@/components/PageShell'
import { privacyNotice } from '@/components/PrivacyNoticeLink'
import { getBookingCalendar } from '@/data/booking'
import { getSiteSettings } from '@/data/site-settings'
import { formTestimonial } from '@/data/testimonials'
import { REFUSAL_HEADER, REFUSAL_MESSAGES, type Refusal } from '@/edge/request-guard'
import { localeOf } from '@/i18n/locale-param'
import { messagesOf, translator } from '@/i18n/translate'
import { getServerEnv } from '@/lib/env'
import { newFormIdentity } from '@/leads/spam'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { attributionOf, queryOf } from '@/lib/form-query'
import { pathsFor } from '@/lib/paths'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

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

/** Rendered per request: each form gets its own idempotency key and signed start time. */
export default async function ContactPage({ params: routeParams, searchParams }: Props) {
  const locale = await localeOf(routeParams)
  const params = await searchParams
  const refused = (await headers()).get(REFUSAL_HEADER) as Refusal['reason'] | null
  const [settings, calendar, testimonial] = await Promise.all([
    getSiteSettings(locale),
    getBookingCalendar(),
    formTestimonial(locale),
  ])
  const { form } = messagesOf(locale)
  const booking = translator(locale, 'booking')
  const hidden = {
    ...newFormIdentity(getServerEnv().PAYLOAD_SECRET),
    ...attributionOf(params),
    locale,
  }
  const refusal =
    refused && Object.hasOwn(REFUSAL_MESSAGES, refused) ? REFUSAL_MESSAGES[refused] : null
  const telegram = settings.telegram?.replace(/^@/, '')
  const consent = translator(locale, 'form').rich('consent', privacyNotice(locale))
  return (
    <PageShell settings={settings} locale={locale} translations={translations} wide>
      <h1>{form.title}</h1>
      {settings.cta.text && <p className="lede">{settings.cta.text}</p>}
      {refusal && (
        <p role="alert" className="form-error">
          {form.refusals[refusal]}
        </p>
      )}
      <p className="book-instead">
        {booking('fromContact')}{' '}
        <Link href={`${pathsFor(locale).book}${queryOf(params)}`}>
          {booking('fromContactLink', { minutes: calendar.callMinutes })}
        </Link>
      </p>
      <FormLayout testimonial={testimonial} locale={locale}>
        <ContactForm
          hidden={hidden}
          texts={form}
          consent={consent}
          permalink={`${pathsFor(locale).contact}${queryOf(params)}`}
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
