/**
 * With REDIS_URL (replicas), an allowance is one for every process: two replicas' limiters count
 * together. Redis going away costs no request: the memory allowance stands in. Without Debian's
 * redis-server these are skipped with the reason, and `npm test` says how to install it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { type LocalRedis, startLocalRedis } from '../../scripts/lib/local-redis'
import { missingPrograms, recordNotRun } from '../../scripts/lib/system-programs'

const missing = missingPrograms(['redis-server'])
let redis: LocalRedis

beforeAll(async () => {
  if (missing) return // each test skips itself (below), saying why
  redis = await startLocalRedis()
  vi.stubEnv('REDIS_URL', redis.url)
})

beforeEach(({ skip, task }) => {
  if (!missing) return
  recordNotRun('shared-allowance', task.name, missing)
  skip(missing.reason)
})

afterAll(async () => {
  vi.unstubAllEnvs()
  await redis?.stop()
})

/** A replica's allowance: the module as a separate process would load it. */
async function replicaAllowance() {
  vi.resetModules()
  const { perMinuteAllowance } = await import('@/lib/per-minute-allowance')
  return perMinuteAllowance('shared-test', 10)
}

describe('a per-minute allowance with REDIS_URL', () => {
  it('is counted once over two replicas', async () => {
    const [a, b] = [await replicaAllowance(), await replicaAllowance()]
    const waits: number[] = []
    for (let i = 0; i < 10; i++) waits.push(await (i % 2 ? a : b)('203.0.113.50'))
    expect(waits.every((wait) => wait === 0)).toBe(true)
    expect(await a('203.0.113.50')).toBeGreaterThan(0)
    expect(await b('203.0.113.50')).toBeGreaterThan(0)
    expect(await b('203.0.113.51')).toBe(0)
  })

  it('keeps answering (in memory) while Redis is down', async () => {
    const take = await replicaAllowance()
    await redis.stop()
    expect(await take('203.0.113.60')).toBe(0)
  })
})
