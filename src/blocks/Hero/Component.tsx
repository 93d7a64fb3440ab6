import Link from 'next/link'

import { MediaImage } from '@/components/MediaImage'
import type { Locale } from '@/lib/locales'
import { actionHref } from '@/lib/paths'
import type { HeroBlock } from '@/payload-types'

/**
 * The top of the home page: the headline (the page's h1; a second hero's is an h2), the subline
 * and the two actions.
 */
export function Hero({
  block,
  locale,
  from,
  first = true,
}: {
  block: HeroBlock
  locale: Locale
  from: string
  first?: boolean
}) {
  const { primary, secondary } = block
  const Heading = first ? 'h1' : 'h2'
  return (
    <section className="section hero">
      <div className="hero__text">
        <Heading>{block.headline}</Heading>
        {block.subline && <p className="hero__subline">{block.subline}</p>}
        <p className="hero__actions">
          {primary?.label && primary.link && (
            <Link className="button" href={actionHref(primary.link, locale, from)}>
              {primary.label}
            </Link>
          )}
          {secondary?.label && secondary.link && (
            <Link
              className="button button--secondary"
              href={actionHref(secondary.link, locale, from)}
            >
              {secondary.label}
            </Link>
          )}
        </p>
      </div>
      {block.portrait && (
        <div className="hero__portrait">
          <MediaImage
            media={block.portrait}
            alt={block.portraitAlt}
            sizes="(min-width: 768px) 320px, 60vw"
            eager={first}
          />
        </div>
      )}
    </section>
  )
}
