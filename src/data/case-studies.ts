/** Case studies as the public pages read them: published in the page's language. */
import 'server-only'

import { cache } from 'react'

import type { Locale } from '@/lib/locales'
import { mostSharedTagsFirst } from '@/lib/tags'
import type { CaseStudy } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'

import { findBySlug } from './find-by-slug'

/** What a card of a case study shows. */
const cardSelect = {
  title: true,
  slug: true,
  client: true,
  summary: true,
  outcomes: true,
  tags: true,
  publishedAt: true,
  updatedAt: true,
} as const

type CaseStudyCard = Pick<CaseStudy, 'id' | keyof typeof cardSelect>

async function findCards(locale: Locale, options: { where?: object; limit?: number }) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'case-studies',
    where: options.where as never,
    sort: '-publishedAt',
    limit: options.limit,
    pagination: options.limit !== undefined,
    depth: 1,
    select: cardSelect,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return docs as CaseStudyCard[]
}

/** Every case study published in `locale`, newest first (/cases, the sitemap). */
export const allCaseStudies = cache((locale: Locale) => findCards(locale, {}))

/** The newest `limit` (the home page). */
export const latestCaseStudies = cache((locale: Locale, limit: number) =>
  findCards(locale, { limit }),
)

/** The ones an article's tags lead to ("Where I used this"), most shared tags first. */
export const caseStudiesTagged = cache(async (locale: Locale, tagIds: number[], limit = 3) => {
  if (tagIds.length === 0) return []
  const docs = await findCards(locale, { where: { tags: { in: tagIds } }, limit: 20 })
  return mostSharedTagsFirst(docs, tagIds).slice(0, limit)
})

/** One case study with its tags and testimonial (drafts for an editor in draft mode). */
export const getCaseStudyBySlug = cache((locale: Locale, slug: string) =>
  findBySlug('case-studies', slug, locale, { depth: 2 }),
)
