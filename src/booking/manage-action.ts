'use server'

import { redirect } from 'next/navigation'
import { after } from 'next/server'
import type { Payload } from 'payload'

import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'
import { getServerEnv } from '@/lib/env'
import { pathsFor } from '@/lib/paths'
import { getPayloadClient } from '@/server/payload'

import { cancelBooking, linkedBooking, rescheduleBooking } from './manage'

type ManageOutcome = 'cancelled' | 'moved' | 'taken' | 'gone' | 'failed'

const field = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === 'string' ? value.slice(0, 200) : ''
}

/** Sends the queued emails right after the answer; the queue's runner would anyway. */
function sendSoon(payload: Payload, jobIds: (number | string)[]) {
  if (jobIds.length === 0) return
  after(async () => {
    await payload.jobs.run({ where: { id: { in: jobIds } }, limit: jobIds.length }).catch(() => {})
  })
}

/**
 * The manage page's one action: cancel the call, or move it to the chosen time. The signed token
 * travels in the form and is checked again here; the answer is the manage page again, saying what
 * happened (a plain redirect to this site's own address, so it works without JavaScript).
 */
export async function manageBookingAction(formData: FormData): Promise<void> {
  const token = field(formData, 'token')
  const language = field(formData, 'locale')
  const locale = isLocale(language) ? language : DEFAULT_LOCALE
  const now = new Date()
  let outcome: ManageOutcome = 'failed'
  try {
    const payload = await getPayloadClient()
    const linked = await linkedBooking(payload, token, getServerEnv().PAYLOAD_SECRET, now)
    // An invalid, expired or cancelled link: the page says so itself.
    if (linked.state !== 'confirmed') outcome = 'gone'
    else {
      const jobIds: (number | string)[] = []
      if (field(formData, 'intent') === 'cancel') {
        outcome = (await cancelBooking(payload, linked.booking, jobIds)) ? 'cancelled' : 'gone'
      } else {
        const slot = new Date(field(formData, 'slot'))
        outcome = Number.isNaN(slot.getTime())
          ? 'gone'
          : await rescheduleBooking(payload, linked.booking, slot, now, jobIds)
      }
      sendSoon(payload, jobIds)
    }
  } catch (error) {
    console.error('Managing a booking failed:', error)
  }
  const page = /^[\w.-]{1,200}$/.test(token)
    ? pathsFor(locale).manageBooking(token)
    : pathsFor(locale).book
  redirect(`${page}?done=${outcome}`)
}
