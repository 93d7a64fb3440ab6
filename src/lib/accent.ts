/**
 * The owner's brand accent (Site settings), made readable in both colour schemes: links and
 * buttons use it as text on the page's background and on its surfaces (cards, the call to action,
 * the table of contents), and as a background under the button's text (`--on-accent`: white in the
 * light scheme, the page's background in the dark one), so each scheme gets the nearest shade that
 * keeps WCAG AA contrast (4.5:1) against all of them. An accent that is already readable is used
 * as it is.
 */
export const DEFAULT_ACCENT = '#0b5cad'
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/** The page backgrounds of the two schemes (globals.css `--bg`, also `--on-accent` in the dark). */
export const LIGHT_BACKGROUND = '#ffffff'
export const DARK_BACKGROUND = '#11161d'
/** The surfaces the accent is also read on (globals.css `--surface`, `--surface-2`). */
export const LIGHT_SURFACES = ['#f5f7fa', '#eaeef3']
export const DARK_SURFACES = ['#171d26', '#1f2732']

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

type Hsl = [number, number, number]

function hslOf([r, g, b]: Rgb): Hsl {
  const [red, green, blue] = [r / 255, g / 255, b / 255]
  const max = Math.max(red, green, blue)
  const min = Math.min(red, green, blue)
  const lightness = (max + min) / 2
  if (max === min) return [0, 0, lightness]
  const d = max - min
  const saturation = lightness > 0.5 ? d / (2 - max - min) : d / (max + min)
  const hue =
    max === red
      ? (green - blue) / d + (green < blue ? 6 : 0)
      : max === green
        ? (blue - red) / d + 2
        : (red - green) / d + 4
  return [hue / 6, saturation, lightness]
}

function rgbOfHsl([h, s, l]: Hsl): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255]
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s
  const p = 2 * l - q
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t
    if (u < 1 / 6) return p + (q - p) * 6 * u
    if (u < 1 / 2) return q
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6
    return p
  }
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255]
}

/**
 * `accent` made darker (or lighter) just far enough to read on each background (a colour and the
 * contrast it needs there). Its lightness moves and its hue and saturation stay, so a dark page
 * gets a brighter shade of the same colour rather than a greyer one.
 */
function readableOn(
  accent: string,
  backgrounds: [string, number][],
  direction: 'darker' | 'lighter',
) {
  const [h, s, l] = hslOf(rgbOf(accent))
  const end = direction === 'darker' ? 0 : 1
  for (let step = 0; step <= 40; step++) {
    const shade = hexOf(rgbOfHsl([h, s, l + ((end - l) * step) / 40]))
    if (backgrounds.every(([background, ratio]) => contrast(shade, background) >= ratio)) {
      return shade
    }
  }
  return direction === 'darker' ? '#000000' : '#ffffff'
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
  const onLight = [LIGHT_BACKGROUND, ...LIGHT_SURFACES].map((c): [string, number] => [c, 4.5])
  const light = readableOn(accent, onLight, 'darker')
  // 5:1 on the dark page: light text on dark glows a little, and it is the buttons' text colour.
  const dark = readableOn(
    accent,
    [[DARK_BACKGROUND, 5], ...DARK_SURFACES.map((c): [string, number] => [c, 4.5])],
    'lighter',
  )
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
