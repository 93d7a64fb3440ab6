import { CallToAction } from '@/blocks/CallToAction/Component'
import { CaseStudies } from '@/blocks/CaseStudies/Component'
import { Hero } from '@/blocks/Hero/Component'
import { LatestArticles } from '@/blocks/LatestArticles/Component'
import { Services } from '@/blocks/Services/Component'
import { Testimonials } from '@/blocks/Testimonials/Component'
import type { Locale } from '@/lib/locales'
import type {
  CallToActionBlock,
  CaseStudiesBlock,
  HeroBlock,
  LatestArticlesBlock,
  ServicesBlock,
  SiteSetting,
  Testimonial,
  TestimonialsBlock,
} from '@/payload-types'

import type { ArticleListItem } from './ArticleList'
import type { CaseStudyCard } from './CaseStudyCards'

/** A block of the home page with what it lists (src/data/home.ts reads them). */
export type HomeSection =
  | HeroBlock
  | ServicesBlock
  | CallToActionBlock
  | (CaseStudiesBlock & { items: CaseStudyCard[] })
  | (TestimonialsBlock & { items: Testimonial[] })
  | (LatestArticlesBlock & { items: ArticleListItem[] })

/**
 * The home page's sections in the owner's order, each by its block's component. Without a hero,
 * the site's name is the page's (unseen) h1, so the outline still starts at the top.
 */
export function HomeSections({
  sections,
  settings,
  locale,
  from,
}: {
  sections: HomeSection[]
  settings: SiteSetting
  locale: Locale
  from: string
}) {
  const firstHero = sections.findIndex((section) => section.blockType === 'hero')
  return (
    <>
      {firstHero === -1 && <h1 className="visually-hidden">{settings.siteName}</h1>}
      {sections.map((section, i) => {
        const key = section.id ?? `${section.blockType}-${i}`
        switch (section.blockType) {
          case 'hero':
            return (
              <Hero key={key} block={section} locale={locale} from={from} first={i === firstHero} />
            )
          case 'services':
            return <Services key={key} block={section} locale={locale} from={from} />
          case 'caseStudies':
            return <CaseStudies key={key} block={section} items={section.items} locale={locale} />
          case 'testimonials':
            return <Testimonials key={key} block={section} items={section.items} />
          case 'latestArticles':
            return (
              <LatestArticles
                key={key}
                block={section}
                items={section.items}
                locale={locale}
                timeZone={settings.timeZone}
              />
            )
          case 'callToAction':
            return (
              <CallToAction
                key={key}
                {...section}
                defaults={settings.cta}
                from={from}
                locale={locale}
              />
            )
        }
      })}
    </>
  )
}
