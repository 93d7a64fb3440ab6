/** Testimonials as the public pages read them: only those with consent, written in the language. */
import 'server-only'

import { cache } from 'react'

import type { Locale } from '@/lib/locales'
import type { Testimonial } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'

/** A testimonial has something to show in a language when its quote is written in it. */
export const quotedIn = (doc: unknown): doc is Testimonial =>
  typeof doc === 'object' && doc !== null && Boolean((doc as Testimonial).quote)

/** The newest `limit` testimonials quoted in `locale`. */
export const latestTestimonials = cache(async (locale: Locale, limit: number) => {
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
})

/** The testimonial shown beside the contact and booking forms: the newest one. */
export const formTestimonial = cache(
  async (locale: Locale): Promise<Testimonial | null> =>
    (await latestTestimonials(locale, 1))[0] ?? null,
)
