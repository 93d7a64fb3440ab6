'use server'

import { headers } from 'next/headers'
import { after } from 'next/server'

import { retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import { formInput } from '@/lib/form-input'
import { getPayloadClient } from '@/server/payload'
import { messagesOf } from '@/i18n/translate'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'

import type { BookingActionState } from './schema'
import { bookingValues, type BookingResult, submitBooking } from './submit'

/**
 * The booking form's server action: the only way a booking gets in. Works with and without
 * JavaScript (a native form post renders the same state).
 */
export async function bookCallAction(
  _previous: BookingActionState,
  formData: FormData,
): Promise<BookingActionState> {
  const requestHeaders = await headers()
  const ip = requestHeaders.get('x-forwarded-for') ?? 'unknown'
  const input = formInput(formData)
  let result: BookingResult
  try {
    const payload = await retryWhileDatabaseUnavailable(getPayloadClient)
    result = await submitBooking(payload, input, {
      ip,
      userAgent: requestHeaders.get('user-agent') ?? '',
      runSoon: (task) => after(task),
    })
  } catch (error) {
    console.error('The booking form action failed:', error)
    const locale = isLocale(input.locale) ? input.locale : DEFAULT_LOCALE
    result = {
      ok: false,
      status: 503,
      message: messagesOf(locale).form.results.failed,
      values: bookingValues(input),
    }
  }
  return {
    ok: result.ok,
    status: result.status,
    fieldErrors: result.fieldErrors,
    message: result.message,
    values: result.values,
    booked: result.booked,
    slots: result.slots,
  }
}
