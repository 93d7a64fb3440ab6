import { describe, expect, it } from 'vitest'

import { searchAllowance } from '@/search/limit'

describe('search allowance per client address', () => {
  it('stops one address after its searches of the minute, and not the next address', async () => {
    const waits: number[] = []
    for (let i = 0; i < 241; i++) waits.push(await searchAllowance('198.51.100.7'))
    expect(waits.slice(0, 240).every((wait) => wait === 0)).toBe(true)
    expect(waits[240]).toBeGreaterThan(0)
    expect(waits[240]).toBeLessThanOrEqual(60)
    expect(await searchAllowance('198.51.100.8')).toBe(0)
  })
})
