/**
 * The brand accent of the site settings, in both colour schemes: whatever colour the owner picks,
 * links read on the page and its surfaces and the buttons' text reads on the accent (WCAG AA),
 * and the backgrounds it is checked against are the ones globals.css paints.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  accentShades,
  accentStylesheet,
  contrast,
  DARK_BACKGROUND,
  DARK_SURFACES,
  DEFAULT_ACCENT,
  LIGHT_BACKGROUND,
  LIGHT_SURFACES,
} from '@/lib/accent'

const ACCENTS = [
  DEFAULT_ACCENT,
  '#000000',
  '#ffffff',
  '#ff6600',
  '#ffff00',
  '#22c55e',
  '#7c3aed',
  '#0ea5e9',
  '#e11d48',
  '#777777',
  '#123456',
  '#f0e68c',
  '#ffe600',
  '#7fdbff',
  '#ff69b4',
  '#2ecc40',
]

describe('accentShades', () => {
  for (const accent of ACCENTS) {
    it(`${accent}: readable in both schemes`, () => {
      const { light, dark } = accentShades(accent)
      for (const shade of [light.accent, light.strong]) {
        for (const background of [LIGHT_BACKGROUND, ...LIGHT_SURFACES]) {
          expect(contrast(shade, background)).toBeGreaterThanOrEqual(4.5)
        }
        // --on-accent is white in the light scheme.
        expect(contrast('#ffffff', shade)).toBeGreaterThanOrEqual(4.5)
      }
      for (const shade of [dark.accent, dark.strong]) {
        expect(contrast(shade, DARK_BACKGROUND)).toBeGreaterThanOrEqual(5)
        for (const background of DARK_SURFACES) {
          expect(contrast(shade, background)).toBeGreaterThanOrEqual(4.5)
        }
        // --on-accent is the page's background in the dark scheme.
        expect(contrast(DARK_BACKGROUND, shade)).toBeGreaterThanOrEqual(5)
      }
    })
  }

  it('keeps an accent that is readable already, and keeps its hue when it is not', () => {
    expect(accentShades(DEFAULT_ACCENT).light.accent).toBe(DEFAULT_ACCENT)
    expect(accentShades('#0B5CAD').light.accent).toBe('#0b5cad')
    expect(accentShades('#ff6600').dark.accent).toBe('#ff6600')
    // A brighter blue in the dark, not a grey one.
    const [r, g, b] = [1, 3, 5].map((i) =>
      parseInt(accentShades(DEFAULT_ACCENT).dark.accent.slice(i, i + 2), 16),
    )
    expect(b - r).toBeGreaterThan(100)
    expect(b).toBeGreaterThan(g)
  })

  it('falls back to the default for anything that is not a colour, so nothing else reaches the CSS', () => {
    for (const value of [
      null,
      undefined,
      '',
      'red',
      '#abc',
      '#12345',
      '#1234567',
      '#12345g',
      '#fff;}body{display:none',
      'url(x)',
    ]) {
      expect(accentShades(value)).toEqual(accentShades(DEFAULT_ACCENT))
      expect(accentStylesheet(value)).toBe(accentStylesheet(DEFAULT_ACCENT))
    }
  })
})

describe('accentStylesheet', () => {
  it('sets the accent and its hover shade per scheme, and nothing else', () => {
    const { light, dark } = accentShades('#ff6600')
    expect(accentStylesheet('#ff6600')).toBe(
      `:root{--accent:${light.accent};--accent-strong:${light.strong}}` +
        `@media (prefers-color-scheme:dark){:root{--accent:${dark.accent};--accent-strong:${dark.strong}}}`,
    )
  })
})

describe('globals.css', () => {
  const css = fs.readFileSync(path.join(process.cwd(), 'src/app/globals.css'), 'utf8')
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)')
  const tokens = (block: string) =>
    Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]))
  const light = tokens(css.slice(0, darkStart))
  const dark = tokens(css.slice(darkStart, css.indexOf('}\n}', darkStart)))

  it('paints the backgrounds the accent is made readable on', () => {
    expect(light['--bg']).toBe(LIGHT_BACKGROUND)
    expect([light['--surface'], light['--surface-2']]).toEqual(LIGHT_SURFACES)
    expect(dark['--bg']).toBe(DARK_BACKGROUND)
    expect([dark['--surface'], dark['--surface-2']]).toEqual(DARK_SURFACES)
    expect(dark['--on-accent']).toBe(DARK_BACKGROUND)
  })

  it("defaults to the default accent's shades (pages without the settings' style)", () => {
    const shades = accentShades(DEFAULT_ACCENT)
    expect([light['--accent'], light['--accent-strong']]).toEqual([
      shades.light.accent,
      shades.light.strong,
    ])
    expect([dark['--accent'], dark['--accent-strong']]).toEqual([
      shades.dark.accent,
      shades.dark.strong,
    ])
  })

  it('defines every token the page sections use', () => {
    const names = [
      ...['--fg', '--muted', '--bg', '--surface', '--surface-2', '--border', '--accent'],
      ...['--accent-strong', '--on-accent', '--focus', '--code-bg', '--code-fg', '--mark'],
      ...['--space-1', '--space-2', '--space-3', '--space-4', '--space-5', '--space-6'],
      ...['--space-7', '--step--1', '--step-0', '--step-1', '--step-2', '--step-3', '--step-4'],
      ...['--radius', '--radius-lg', '--shadow', '--measure', '--wide', '--accent-dark'],
    ]
    for (const name of names) expect(light[name], name).toBeDefined()
    const colours = ['--fg', '--muted', '--bg', '--surface', '--surface-2', '--border']
    for (const name of [...colours, '--on-accent', '--focus', '--code-bg', '--mark']) {
      expect(dark[name], name).toBeDefined()
    }
  })
})
