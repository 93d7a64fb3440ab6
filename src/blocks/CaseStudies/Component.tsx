import Link from 'next/link'

import { type CaseStudyCard, CaseStudyCards } from '@/components/CaseStudyCards'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import type { CaseStudiesBlock } from '@/payload-types'

/** Proof on the home page: case studies with their outcomes, and the way to all of them. */
export function CaseStudies({
  block,
  items,
  locale,
}: {
  block: CaseStudiesBlock
  items: CaseStudyCard[]
  locale: Locale
}) {
  if (items.length === 0) return null
  const t = translator(locale, 'cases')
  const id = `cases-${block.id ?? 'title'}`
  return (
    <section className="section case-studies" aria-labelledby={id}>
      <h2 id={id}>{block.heading}</h2>
      {block.intro && <p className="section-intro">{block.intro}</p>}
      <CaseStudyCards cases={items} locale={locale} />
      <p>
        <Link href={pathsFor(locale).cases}>{t('allCases')}</Link>
      </p>
    </section>
  )
}
