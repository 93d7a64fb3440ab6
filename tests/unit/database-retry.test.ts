import { describe, expect, it } from 'vitest'

import {
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  retryWhileDatabaseUnavailable,
} from '@/lib/database-retry'

describe('telling a database that is away from other errors', () => {
  it('knows connection failures, server shutdowns and their wrapped forms', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(
      true,
    )
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    const wrapped = new Error('Failed query: insert into leads', {
      cause: Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
    })
    expect(isDatabaseUnavailable(wrapped)).toBe(true)
    // Payload's transactions keep only the message of what went wrong.
    expect(
      isDatabaseUnavailable(
        new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:41234'),
      ),
    ).toBe(true)
    expect(
      isDatabaseUnavailable(new Error('the database system is not yet accepting connections')),
    ).toBe(true)
  })

  it('leaves other errors alone', () => {
    expect(isDatabaseUnavailable(new Error('duplicate key value'))).toBe(false)
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
  })
})

describe('retrying while the database is away', () => {
  const away = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })

  it('tries again until the work succeeds', async () => {
    let calls = 0
    const result = await retryWhileDatabaseUnavailable(async () => {
      if (++calls < 3) throw away()
      return 'stored'
    })
    expect(result).toBe('stored')
    expect(calls).toBe(3)
  })

  it('gives up with DatabaseUnavailableError after its time, and passes other errors at once', async () => {
    await expect(
      retryWhileDatabaseUnavailable(async () => {
        throw away()
      }, 300),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError)
    let calls = 0
    await expect(
      retryWhileDatabaseUnavailable(async () => {
        calls++
        throw new Error('a bug')
      }),
    ).rejects.toThrow('a bug')
    expect(calls).toBe(1)
  })
})
