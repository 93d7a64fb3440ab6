import { getPayload, type Migration } from 'payload'

import { migrations } from '../../migrations'
import config from '../../payload.config'
import { seed } from '../../src/seed'
import { ensureSearchIndex } from '../../src/search/sync'

/**
 * Applies every committed migration, verifies they are all recorded, optionally seeds, and builds
 * the search index if the database has none yet.
 */
export async function prepareDatabase(options: {
  seed: boolean
  /** Told what is being done now (for a diagnosis if it never finishes). */
  onStep?: (step: string) => void
}) {
  const step = options.onStep ?? (() => {})
  step('connecting to the database (Payload init)')
  const payload = await getPayload({ config })
  try {
    step('applying migrations')
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    step('checking the applied migrations')
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const applied = new Set(docs.map((doc) => (doc as { name?: string }).name))
    const missing = migrations.map((m) => m.name).filter((name) => !applied.has(name))
    if (missing.length > 0) throw new Error(`these migrations did not run: ${missing.join(', ')}`)
    console.log(`Migrations: all ${migrations.length} applied.`)
    if (options.seed) {
      step('seeding demo content')
      const { created, present } = await seed(payload)
      if (created.length) console.log(`Seed: created ${created.join(', ')}.`)
      else if (present.length) console.log('Seed: demo content already present.')
      else console.log('Seed: no demo content defined yet.')
    }
    step('building the search index')
    const indexed = await ensureSearchIndex(payload)
    if (indexed !== null) console.log(`Search: indexed ${indexed} documents.`)
  } finally {
    step('closing the connection')
    // Not pool.end(): Payload keeps one client checked out for good, so that would never return.
    // The database may be stopped right after this; that is no "connection lost" to report.
    const pool = (payload.db as { pool?: import('pg').Pool }).pool
    pool?.removeAllListeners('error').on('error', () => {})
    await payload.destroy()
  }
}
