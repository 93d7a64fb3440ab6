/** Testimonials as the public pages read them: only those with consent, written in the language. */
import 'server-only'

import { cache } from 'react'

import { isDatabaseUnavailable } from '@/lib/database-retry'
import type { Locale } from '@/lib/locales'
import type { Testimonial } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'

import { acrossRequests } from './across-requests'

/** A testimonial has something to show in a language when its quote is written in it. */
export const quotedIn = (doc: unknown): doc is Testimonial =>
  typeof doc === 'object' && doc !== null && Boolean((doc as Testimonial).quote)

/** The newest `limit` testimonials quoted in `locale`, kept across requests until a change. */
export const latestTestimonials = cache(
  acrossRequests('latest-testimonials', async (locale: Locale, limit: number) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'testimonials',
      where: { quote: { exists: true } },
      sort: '-createdAt',
      limit,
      depth: 1,
      overrideAccess: false,
      locale,
      fallbackLocale: false,
    })
    return docs.filter(quotedIn)
  }),
)

/** The form's testimonial last read, for the moments the database is restarting. */
const lastKnown = new Map<Locale, Testimonial | null>()

/**
 * The testimonial shown beside the contact and booking forms: the newest one. A decoration: the
 * forms render per request, and while the database restarts they show the one last read (or
 * none) at once rather than wait or fail.
 */
export const formTestimonial = cache(async (locale: Locale): Promise<Testimonial | null> => {
  try {
    const shown = (await latestTestimonials(locale, 1))[0] ?? null
    lastKnown.set(locale, shown)
    return shown
  } catch (error) {
    if (isDatabaseUnavailable(error)) return lastKnown.get(locale) ?? null
    throw error
  }
})
