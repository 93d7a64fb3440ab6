import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'

import { BookingForm } from '@/components/BookingForm.client'
import { FormLayout } from '@/components/FormLayout'
import { PageShell } from '@/components/PageShell'
import { privacyNotice } from '@/components/PrivacyNoticeLink'
import { getBookingCalendar } from '@/data/booking'
import { getSiteSettings } from '@/data/site-settings'
import { formTestimonial } from '@/data/testimonials'
import { REFUSAL_HEADER, REFUSAL_MESSAGES, type Refusal } from '@/edge/request-guard'
import { localeOf } from '@/i18n/locale-param'
import { messagesOf, translator } from '@/i18n/translate'
import { newFormIdentity } from '@/leads/spam'
import { getServerEnv } from '@/lib/env'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { attributionOf, queryOf } from '@/lib/form-query'
import { pathsFor } from '@/lib/paths'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const translations = everyLanguage((locale) => pathsFor(locale).book)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const [settings, calendar] = await Promise.all([getSiteSettings(locale), getBookingCalendar()])
  const t = translator(locale, 'booking')
  return {
    title: t('title', { minutes: calendar.callMinutes }),
    description: t('description', { minutes: calendar.callMinutes }),
    ...languageMetadata({
      locale,
      path: pathsFor(locale).book,
      translations,
      siteName: settings.siteName,
    }),
  }
}

/**
 * Pick a time for the free call: rendered per request, with the free times as they are now and
 * the form's own idempotency key and signed start time.
 */
export default async function BookPage({ params: routeParams, searchParams }: Props) {
  const locale = await localeOf(routeParams)
  const params = await searchParams
  const refused = (await headers()).get(REFUSAL_HEADER) as Refusal['reason'] | null
  const [settings, calendar, testimonial] = await Promise.all([
    getSiteSettings(locale),
    getBookingCalendar(),
    formTestimonial(locale),
  ])
  const messages = messagesOf(locale)
  const t = translator(locale, 'booking')
  const refusal =
    refused && Object.hasOwn(REFUSAL_MESSAGES, refused) ? REFUSAL_MESSAGES[refused] : null
  const hidden = {
    ...newFormIdentity(getServerEnv().PAYLOAD_SECRET),
    ...attributionOf(params),
    locale,
  }
  const contact = `${pathsFor(locale).contact}${queryOf(params)}`
  const consent = t.rich('consent', privacyNotice(locale))
  return (
    <PageShell settings={settings} locale={locale} translations={translations} wide>
      <h1>{t('title', { minutes: calendar.callMinutes })}</h1>
      <p className="lede">{t('description', { minutes: calendar.callMinutes })}</p>
      {refusal && (
        <p role="alert" className="form-error">
          {messages.form.refusals[refusal]}
        </p>
      )}
      <FormLayout testimonial={testimonial} locale={locale}>
        {calendar.slots.length > 0 ? (
          <BookingForm
            slots={calendar.slots}
            ownerTimeZone={calendar.timeZone}
            locale={locale}
            hidden={hidden}
            texts={messages.booking}
            formTexts={messages.form}
            consent={consent}
            permalink={`${pathsFor(locale).book}${queryOf(params)}`}
          />
        ) : (
          <p>{t('noSlots', { days: calendar.bookingWindowDays })}</p>
        )}
        <p className="hint">
          {t('orWrite')} <Link href={contact}>{t('orWriteLink')}</Link>
        </p>
      </FormLayout>
    </PageShell>
  )
}
