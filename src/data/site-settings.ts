import 'server-only'

import { cache } from 'react'

import type { SiteSetting } from '@/payload-types'
import { DatabaseUnavailableError, retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import type { Locale } from '@/lib/locales'
import { getPayloadClient } from '@/server/payload'

import { acrossRequests } from './across-requests'

/** The settings as published, kept across requests until the next change (across-requests.ts). */
const readSettings = acrossRequests('site-settings', async (locale: Locale): Promise<SiteSetting> =>
  (await getPayloadClient()).findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  }),
)

/** The settings last read, for the moments the database is restarting. */
const lastKnown = new Map<Locale, SiteSetting>()

/**
 * The site settings (owner, contact, call to action), read on every page. While the database
 * restarts, pages rendered per request (the contact form above all) use the settings last read
 * instead of failing; a server that has never read them waits a few seconds for the database.
 */
export const getSiteSettings = cache(async (locale: Locale): Promise<SiteSetting> => {
  try {
    const settings = await retryWhileDatabaseUnavailable(
      () => readSettings(locale),
      lastKnown.has(locale) ? 0 : 5_000,
    )
    lastKnown.set(locale, settings)
    return settings
  } catch (error) {
    const known = lastKnown.get(locale)
    if (known && error instanceof DatabaseUnavailableError) return known
    throw error
  }
})
