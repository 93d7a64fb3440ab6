import { describe, expect, it } from 'vitest'

import {
  accentShades,
  accentStylesheet,
  contrast,
  DARK_BACKGROUND,
  LIGHT_BACKGROUND,
} from '@/lib/accent'

describe('the brand accent', () => {
  it('is used as it is when it already reads on the light background', () => {
    expect(accentShades('#0B5CAD').light.accent).toBe('#0b5cad')
  })

  it.each(['#ffe600', '#7fdbff', '#ff69b4', '#0b5cad', '#000000', '#ffffff', '#2ecc40'])(
    '%s gets shades with AA contrast in both schemes',
    (colour) => {
      const { light, dark } = accentShades(colour)
      expect(contrast(light.accent, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(light.strong, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(dark.accent, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(dark.strong, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('falls back to the default for anything that is not a colour, so nothing else reaches the CSS', () => {
    for (const value of [
      null,
      '',
      'red',
      '#12345',
      '#1234567',
      '#fff;}body{display:none',
      'url(x)',
    ]) {
      expect(accentStylesheet(value)).toBe(accentStylesheet('#0b5cad'))
    }
  })
})
