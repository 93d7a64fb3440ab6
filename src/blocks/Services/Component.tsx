import Link from 'next/link'

import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { actionHref } from '@/lib/paths'
import type { ServicesBlock } from '@/payload-types'

/** What the owner offers, as cards: title, paragraph, "from €…" and a link. */
export function Services({
  block,
  locale,
  from,
}: {
  block: ServicesBlock
  locale: Locale
  from: string
}) {
  const t = translator(locale, 'home')
  const euros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  })
  const id = `services-${block.id ?? 'title'}`
  return (
    <section className="section services" aria-labelledby={id}>
      <h2 id={id}>{block.heading}</h2>
      {block.intro && <p className="section-intro">{block.intro}</p>}
      <ul className="card-grid">
        {(block.services ?? []).map((service, i) => (
          <li key={service.id ?? i} className="card">
            <h3>
              {service.link ? (
                <Link href={actionHref(service.link, locale, from)}>{service.title}</Link>
              ) : (
                service.title
              )}
            </h3>
            <p>{service.description}</p>
            {typeof service.priceFrom === 'number' && (
              <p className="card__price">
                {t('priceFrom', { price: euros.format(service.priceFrom) })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
