import 'server-only'

import { cache } from 'react'

import type { SiteSetting } from '@/payload-types'
import { DatabaseUnavailableError, retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import { getPayloadClient } from '@/server/payload'

/** The settings last read, for the moments the database is restarting. */
let lastKnown: SiteSetting | undefined

/**
 * The site settings (owner, contact, call to action), read on every page. While the database
 * restarts, pages rendered per request (the contact form above all) use the settings last read
 * instead of failing; a server that has never read them waits a few seconds for the database.
 */
export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  try {
    const settings = await retryWhileDatabaseUnavailable(
      async () =>
        (await getPayloadClient()).findGlobal({
          slug: 'site-settings',
          depth: 0,
          overrideAccess: false,
        }),
      lastKnown ? 0 : 5_000,
    )
    lastKnown = settings
    return settings
  } catch (error) {
    if (lastKnown && error instanceof DatabaseUnavailableError) return lastKnown
    throw error
  }
})
