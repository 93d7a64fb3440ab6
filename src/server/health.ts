import 'server-only'

import { sql } from '@payloadcms/db-postgres'

import { getPayloadClient } from './payload'

export type DatabaseState = 'ok' | 'down'

function timeout(ms: number) {
  return new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
  )
}

/** Asks PostgreSQL a trivial question; anything but a prompt answer counts as down. */
export async function checkDatabase(timeoutMs = 3_000): Promise<DatabaseState> {
  try {
    await Promise.race([
      (async () => {
        const payload = await getPayloadClient()
        await payload.db.drizzle.execute(sql`select 1`)
      })(),
      timeout(timeoutMs),
    ])
    return 'ok'
  } catch {
    return 'down'
  }
}
