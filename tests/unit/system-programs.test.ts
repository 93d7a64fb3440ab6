/**
 * The one line `npm test` prints for tests skipped for want of a system program: what did not run,
 * which programs are missing, and one command that installs them all.
 */
import { describe, expect, it } from 'vitest'

import { installCommand, notRunLine } from '../../scripts/lib/system-programs'

describe('notRunLine', () => {
  it('is nothing when every test ran', () => {
    expect(notRunLine([])).toBeUndefined()
  })

  it('counts the tests per group and names the command for what is missing', () => {
    const replicas = Array.from({ length: 6 }, (_, i) => ({
      group: 'replicas',
      test: `test ${i}`,
      programs: ['varnishd' as const],
    }))
    expect(notRunLine(replicas)).toBe(
      'not run: 6 replicas tests (no varnishd): apt-get install -y varnish',
    )
  })

  it('joins several groups and programs into one line and one command', () => {
    const line = notRunLine([
      { group: 'replicas', test: 'a', programs: ['varnishd', 'redis-server'] },
      { group: 'replicas', test: 'b', programs: ['varnishd', 'redis-server'] },
      { group: 'cache-health', test: 'c', programs: ['redis-server'] },
    ])
    expect(line).toBe(
      'not run: 1 cache-health test, 2 replicas tests (no redis-server, varnishd): ' +
        'apt-get install -y redis-server varnish',
    )
    expect(line).not.toContain('\n')
  })
})

describe('installCommand', () => {
  it('names each Debian package once', () => {
    expect(installCommand(['varnishd', 'redis-server', 'varnishd'])).toBe(
      'apt-get install -y varnish redis-server',
    )
  })
})
