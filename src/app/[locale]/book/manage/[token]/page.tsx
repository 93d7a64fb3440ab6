import type { Metadata } from 'next'
import Link from 'next/link'

import { manageBookingAction } from '@/booking/manage-action'
import { PageShell } from '@/components/PageShell'
import { SlotChoices } from '@/components/SlotChoices'
import { getManagedBooking } from '@/data/booking'
import { getSiteSettings } from '@/data/site-settings'
import { localeOf } from '@/i18n/locale-param'
import { formatWhen } from '@/booking/format'
import { messagesOf, translator } from '@/i18n/translate'
import { pathsFor } from '@/lib/paths'

type Props = {
  params: Promise<{ locale: string; token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// A private page: never indexed, never cached.
export const metadata: Metadata = { robots: { index: false, follow: false } }

const DONE = ['cancelled', 'moved', 'taken', 'gone', 'failed'] as const
type Done = (typeof DONE)[number]

/**
 * Where the signed link in a booking's emails leads: when the call is, a button to cancel it,
 * and the free times to move it to. Works without JavaScript (plain forms, answered by a
 * redirect back here saying what happened).
 */
export default async function ManageBookingPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const { token } = await params
  const doneParam = (await searchParams).done
  const done = DONE.find((value) => value === doneParam) as Done | undefined
  const [settings, managed] = await Promise.all([getSiteSettings(locale), getManagedBooking(token)])
  const messages = messagesOf(locale)
  const t = translator(locale, 'booking')
  const book = <Link href={pathsFor(locale).book}>{t('manage.bookAgain')}</Link>
  const when = (start: string, timeZone: string) =>
    t('manage.when', { when: formatWhen(new Date(start), timeZone, locale), zone: timeZone })

  return (
    <PageShell settings={settings} locale={locale} translations={{}}>
      <h1>{t('manage.title')}</h1>
      {managed.state === 'invalid' && (
        <p role="alert">{t('manage.invalid', { email: settings.contactEmail })}</p>
      )}
      {managed.state === 'expired' && (
        <p role="alert">
          {t('manage.expired')} {book}
        </p>
      )}
      {managed.state === 'cancelled' && (
        <>
          <p className="lede">
            <s>{when(managed.start, managed.timeZone)}</s>
          </p>
          <p role="status">
            {done === 'cancelled' ? t('manage.cancelled') : t('manage.wasCancelled')} {book}
          </p>
        </>
      )}
      {managed.state === 'confirmed' && (
        <>
          <p className="lede">{when(managed.start, managed.timeZone)}</p>
          {done === 'moved' && (
            <p role="status" className="form-success">
              {t('manage.moved', {
                when: formatWhen(new Date(managed.start), managed.timeZone, locale),
                zone: managed.timeZone,
              })}
            </p>
          )}
          {(done === 'taken' || done === 'gone' || done === 'failed') && (
            <p role="alert" className="form-error">
              {done === 'failed'
                ? messages.form.results.failed
                : messages.booking.errors[done === 'taken' ? 'slotTaken' : 'slotGone']}
            </p>
          )}
          <form action={manageBookingAction} className="contact-form">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="button button--secondary">
              {t('manage.cancel')}
            </button>
            <p className="hint">{t('manage.cancelHint')}</p>
          </form>
          {managed.slots.length > 0 && (
            <form action={manageBookingAction} className="contact-form booking-form">
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="intent" value="move" />
              <fieldset className="field slots">
                <legend>{t('manage.reschedule')}</legend>
                <p className="hint">{t('manage.timesIn', { zone: managed.timeZone })}</p>
                <SlotChoices
                  slots={managed.slots}
                  timeZone={managed.timeZone}
                  locale={locale}
                  moreDays={t('moreDays')}
                />
              </fieldset>
              <button type="submit" className="button">
                {t('manage.move')}
              </button>
            </form>
          )}
        </>
      )}
    </PageShell>
  )
}
