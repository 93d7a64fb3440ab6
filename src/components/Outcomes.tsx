import type { CaseStudy } from '@/payload-types'

/** A case study's outcomes: each measure with its figure ("p95 latency: 1.2 s → 180 ms"). */
export function Outcomes({
  outcomes,
  large = false,
  label,
}: {
  outcomes: CaseStudy['outcomes'] | null | undefined
  large?: boolean
  label?: string
}) {
  const shown = (outcomes ?? []).filter((outcome) => outcome.metric && outcome.figure)
  if (shown.length === 0) return null
  return (
    <dl className={large ? 'outcomes outcomes--large' : 'outcomes'} aria-label={label}>
      {shown.map((outcome, i) => (
        <div className="outcome" key={outcome.id ?? i}>
          <dt>{outcome.metric}</dt>
          <dd>{outcome.figure}</dd>
        </div>
      ))}
    </dl>
  )
}
