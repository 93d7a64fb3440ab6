/**
 * /api/health's view of the shared cache: 'none' without REDIS_URL, 'ok' while Redis answers,
 * 'down' (promptly) once it is gone. Without Debian's redis-server the Redis test is skipped with
 * the reason, and `npm test` says how to install it.
 */
import { afterAll, describe, expect, it, vi } from 'vitest'

import { type LocalRedis, startLocalRedis } from '../../scripts/lib/local-redis'
import { missingPrograms, recordNotRun } from '../../scripts/lib/system-programs'

const missing = missingPrograms(['redis-server'])

let redis: LocalRedis | undefined

afterAll(async () => {
  vi.unstubAllEnvs()
  await redis?.stop()
})

async function freshCheck() {
  vi.resetModules()
  return (await import('@/server/cache-health')).checkCache
}

describe('checkCache', () => {
  it('is none without REDIS_URL', async () => {
    vi.stubEnv('REDIS_URL', '')
    expect(await (await freshCheck())()).toBe('none')
  })

  it('is ok while Redis answers, and down soon after it stops', async ({ skip, task }) => {
    if (missing) {
      recordNotRun('cache-health', task.name, missing)
      skip(missing.reason)
    }
    redis = await startLocalRedis()
    vi.stubEnv('REDIS_URL', redis.url)
    const checkCache = await freshCheck()
    expect(await checkCache()).toBe('ok')
    await redis.stop()
    const started = Date.now()
    expect(await checkCache(1_000)).toBe('down')
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
