import type { Metadata } from 'next'
import Link from 'next/link'

import { BookingForm } from '@/components/BookingForm.client'
import { FormLayout } from '@/components/FormLayout'
import { PageShell } from '@/components/PageShell'
import { privacyNotice } from '@/components/PrivacyNoticeLink'
import { getBookingCalendar } from '@/data/booking'
import { getSiteSettings } from '@/data/site-settings'
import { formTestimonial } from '@/data/testimonials'
import { localeOf } from '@/i18n/locale-param'
import { messagesOf, translator } from '@/i18n/translate'
import { FORM_STAMPS } from '@/lib/form-stamp'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

/**
 * The free times move with the clock: the page is rendered again at most a minute after it was
 * last (a slot leaves it up to a minute late; the booking is checked again when it is sent), and
 * at once when a booking takes or frees a time (src/collections/Bookings/hooks/freedOrTaken.ts).
 */
export const revalidate = 60

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
 * Pick a time for the free call: the free times as they are, and the form whose identity,
 * campaign query and refused post's message the edge writes per visitor where FORM_STAMPS stand
 * (src/lib/form-stamp.ts).
 */
export default async function BookPage({ params: routeParams }: Props) {
  const locale = await localeOf(routeParams)
  const [settings, calendar, testimonial] = await Promise.all([
    getSiteSettings(locale),
    getBookingCalendar(),
    formTestimonial(locale),
  ])
  const messages = messagesOf(locale)
  const t = translator(locale, 'booking')
  const hidden = {
    idempotencyKey: FORM_STAMPS.idempotencyKey,
    formToken: FORM_STAMPS.formToken,
    campaign: FORM_STAMPS.query,
    locale,
  }
  const contact = `${pathsFor(locale).contact}${FORM_STAMPS.query}`
  const consent = t.rich('consent', privacyNotice(locale))
  return (
    <PageShell settings={settings} locale={locale} translations={translations} wide>
      <h1>{t('title', { minutes: calendar.callMinutes })}</h1>
      <p className="lede">{t('description', { minutes: calendar.callMinutes })}</p>
      <p role="alert" className="form-error form-refusal">
        {FORM_STAMPS.refusal}
      </p>
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
            permalink={pathsFor(locale).book}
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
