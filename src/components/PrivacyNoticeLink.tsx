import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'

/**
 * The `<notice>` of a form's consent text: a link to the privacy notice in the page's language,
 * in a new tab, so that following it never costs the visitor what they have typed.
 */
export const privacyNotice = (locale: Locale) => ({
  notice: (chunks: React.ReactNode) => (
    <a href={pathsFor(locale).privacy} target="_blank" rel="noopener">
      {chunks}
    </a>
  ),
})
