import { NextResponse } from 'next/server'

import { checkCache } from '@/server/cache-health'
import { checkDatabase } from '@/server/health'
import { checkStorage } from '@/server/storage-health'

export const dynamic = 'force-dynamic'

/**
 * What this server depends on, each answered or not: the database, and when configured the
 * shared cache (REDIS_URL) and the media bucket (S3_BUCKET). 503 when any configured one is down:
 * the load balancer in front (deploy/varnish) then sends readers to another replica, or serves
 * what it has cached.
 */
export async function GET() {
  const [db, cache, storage] = await Promise.all([checkDatabase(), checkCache(), checkStorage()])
  const ok = db === 'ok' && cache !== 'down' && storage !== 'down'
  return NextResponse.json(
    { status: ok ? 'ok' : 'error', db, cache, storage },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
