import { describe, expect, it } from 'vitest'

import { hasSignedInHint, signedInHintCookie } from '@/lib/signed-in-hint'

describe('the signed-in hint', () => {
  it('is found only as its own cookie with the value 1', () => {
    expect(hasSignedInHint('a=b; signed-in=1; c=d')).toBe(true)
    expect(hasSignedInHint('signed-in=1')).toBe(true)
    expect(hasSignedInHint('signed-in=')).toBe(false)
    expect(hasSignedInHint('not-signed-in=1')).toBe(false)
    expect(hasSignedInHint('')).toBe(false)
    expect(hasSignedInHint(undefined)).toBe(false)
  })

  it('lives as long as the session, readable by scripts, and is cleared with Max-Age=0', () => {
    expect(signedInHintCookie(28_800, true)).toBe(
      'signed-in=1; Path=/; Max-Age=28800; SameSite=Lax; Secure',
    )
    expect(signedInHintCookie(0, false)).toBe('signed-in=; Path=/; Max-Age=0; SameSite=Lax')
  })
})
