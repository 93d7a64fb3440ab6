/**
 * The WCAG 2.1 A/AA violations axe finds on a page (colour contrast included), in the light or the
 * dark colour scheme, one line each (none is the aim).
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser } from '@playwright/test'

export async function accessibilityViolations(
  browser: Browser,
  path: string,
  { colorScheme = 'light' }: { colorScheme?: 'light' | 'dark' } = {},
): Promise<string[]> {
  // A context of its own: axe's legacy mode (about 1 s a scan) needs a fresh one.
  const context = await browser.newContext({ colorScheme })
  try {
    const page = await context.newPage()
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .setLegacyMode(true)
      .analyze()
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
  } finally {
    await context.close()
  }
}
