import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import type { Testimonial } from '@/payload-types'

import { TestimonialQuote } from './TestimonialQuote'

/**
 * A form with what a client said beside it (below it on a phone, after the form, so the form
 * comes first). Just the form when there is no testimonial to show.
 */
export function FormLayout({
  testimonial,
  locale,
  children,
}: {
  testimonial: Testimonial | null
  locale: Locale
  children: React.ReactNode
}) {
  if (!testimonial) return <>{children}</>
  return (
    <div className="form-layout">
      <div className="form-layout__main">{children}</div>
      <aside className="form-aside" aria-label={translator(locale, 'cases')('clientSays')}>
        <TestimonialQuote testimonial={testimonial} />
      </aside>
    </div>
  )
}
