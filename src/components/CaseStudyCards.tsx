import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import type { CaseStudy } from '@/payload-types'

import { Outcomes } from './Outcomes'

/** What a card shows of a case study (src/data/case-studies.ts selects just these). */
export type CaseStudyCard = Pick<
  CaseStudy,
  'id' | 'title' | 'slug' | 'client' | 'summary' | 'outcomes' | 'tags'
>

/** Case studies as cards: the client, the title (the link), the summary and the outcomes. */
export function CaseStudyCards({
  cases,
  locale,
  headingLevel = 3,
}: {
  cases: CaseStudyCard[]
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = `h${headingLevel}` as const
  const t = translator(locale, 'cases')
  return (
    <ul className="card-grid">
      {cases.map((study) => (
        <li key={study.id} className="card case-card">
          <p className="case-card__client eyebrow">{study.client}</p>
          <Heading>
            <Link href={pathsFor(locale).caseStudy(study.slug)}>{study.title}</Link>
          </Heading>
          <p>{study.summary}</p>
          <Outcomes outcomes={study.outcomes} label={t('outcomes')} />
        </li>
      ))}
    </ul>
  )
}
