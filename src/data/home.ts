/**
 * The home page as the owner laid it out (the `home` global, in the page's language), with what
 * its blocks list already read: the case studies, testimonials and articles each block shows.
 * A language with no published layout gets a plain default (name, tagline, latest articles, call
 * to action), so a fresh site still has a home page.
 */
import 'server-only'

import { cache } from 'react'

import type { Locale } from '@/lib/locales'
import type { CaseStudy, Home, SiteSetting } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'

import { latestArticles } from './articles'
import { latestCaseStudies } from './case-studies'
import { latestTestimonials, quotedIn } from './testimonials'
import { getViewer } from './viewer'

type Block = NonNullable<Home['layout']>[number]

/**
 * The published layout in `locale`; or, when `draft` is asked and the reader is an editor in draft
 * mode, the latest draft.
 */
const readLayout = cache(async (locale: Locale, asked: 'published' | 'draft'): Promise<Block[]> => {
  const payload = await getPayloadClient()
  const { draft, user } = asked === 'draft' ? await getViewer() : { draft: false, user: null }
  const home = await payload.findGlobal({
    slug: 'home',
    depth: 1,
    draft,
    user,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return home?.layout ?? []
})

const isCaseStudy = (doc: number | CaseStudy): doc is CaseStudy =>
  typeof doc === 'object' && doc !== null && Boolean(doc.title)

/** A block with what it lists (the shape src/components/HomeSections.tsx renders). */
async function withItems(block: Block, locale: Locale) {
  switch (block.blockType) {
    case 'caseStudies':
      return {
        ...block,
        items:
          block.selection === 'picked'
            ? (block.picked ?? []).filter(isCaseStudy)
            : await latestCaseStudies(locale, block.limit ?? 3),
      }
    case 'testimonials':
      return {
        ...block,
        items:
          block.selection === 'picked'
            ? (block.picked ?? []).filter(quotedIn)
            : await latestTestimonials(locale, block.limit ?? 3),
      }
    case 'latestArticles':
      return { ...block, items: await latestArticles(locale, block.count ?? 5) }
    default:
      return block
  }
}

/**
 * The sections of the home page in `locale`, top to bottom: as published, or (for the preview
 * page, src/app/[locale]/preview) as an editor in draft mode has drafted them.
 */
export const getHomeSections = cache(
  async (locale: Locale, settings: SiteSetting, version: 'published' | 'draft' = 'published') => {
    const layout = await readLayout(locale, version)
    const blocks = layout.length > 0 ? layout : defaultLayout(settings)
    return Promise.all(blocks.map((block) => withItems(block, locale)))
  },
)

/** Whether the reader may see the home page's draft (a signed-in editor in draft mode). */
export const mayPreviewHome = async () => (await getViewer()).draft

/** The home page before the owner has laid one out. */
function defaultLayout(settings: SiteSetting): Block[] {
  return [
    {
      blockType: 'hero',
      headline: settings.ownerName,
      subline: [settings.tagline, settings.intro].filter(Boolean).join(' ') || null,
      primary: { label: settings.cta.buttonLabel, link: settings.cta.link },
    },
    { blockType: 'latestArticles', heading: '', count: 5 },
    { blockType: 'callToAction' },
  ]
}
