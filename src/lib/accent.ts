/**
 * The owner's brand accent (Site settings), made readable in both colour schemes: links and
 * buttons use it as text on the page's background and as a background under the button's text,
 * so each scheme gets the nearest shade that keeps WCAG AA contrast (4.5:1) against its
 * background. An accent that is already readable is used as it is.
 */
export const DEFAULT_ACCENT = '#0b5cad'
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/** The page backgrounds of the two schemes (globals.css `--bg`). */
export const LIGHT_BACKGROUND = '#ffffff'
export const DARK_BACKGROUND = '#11161d'

type Rgb = [number, number, number]

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb

const hexOf = (rgb: Rgb) =>
  `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`

function luminance([r, g, b]: Rgb) {
  const linear = (channel: number) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string) {
  const [high, low] = [luminance(rgbOf(a)), luminance(rgbOf(b))].sort((x, y) => y - x)
  return (high + 0.05) / (low + 0.05)
}

const mix = (from: Rgb, to: Rgb, amount: number): Rgb =>
  from.map((channel, i) => channel + (to[i] - channel) * amount) as Rgb

/** `accent` moved toward black (or white) just far enough to read on `background`. */
function readableOn(accent: string, background: string, toward: Rgb, ratio = 4.5) {
  const start = rgbOf(accent)
  for (let step = 0; step <= 20; step++) {
    const shade = hexOf(mix(start, toward, step / 20))
    if (contrast(shade, background) >= ratio) return shade
  }
  return hexOf(toward)
}

export type AccentShades = { accent: string; strong: string }

/** The accent and its hover shade for the light and the dark scheme. */
export function accentShades(value: string | null | undefined): {
  light: AccentShades
  dark: AccentShades
} {
  const accent = value && HEX_COLOUR.test(value) ? value.toLowerCase() : DEFAULT_ACCENT
  const black: Rgb = [0, 0, 0]
  const white: Rgb = [255, 255, 255]
  const light = readableOn(accent, LIGHT_BACKGROUND, black)
  const dark = readableOn(accent, DARK_BACKGROUND, white, 5)
  return {
    light: { accent: light, strong: hexOf(mix(rgbOf(light), black, 0.25)) },
    dark: { accent: dark, strong: hexOf(mix(rgbOf(dark), white, 0.25)) },
  }
}

/** The custom properties for both schemes, as a stylesheet for the page's `<head>`. */
export function accentStylesheet(value: string | null | undefined) {
  const { light, dark } = accentShades(value)
  return (
    `:root{--accent:${light.accent};--accent-strong:${light.strong}}` +
    `@media (prefers-color-scheme:dark){:root{--accent:${dark.accent};--accent-strong:${dark.strong}}}`
  )
}
