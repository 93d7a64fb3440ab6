import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from '@/server/payload'
import type { Locale } from '@/lib/locales'
import { mostSharedTagsFirst, tagIdsOf } from '@/lib/tags'
import { ARTICLES_PER_PAGE, FEED_ITEMS } from '@/lib/site'
import type { Article } from '@/payload-types'

import { findBySlug } from './find-by-slug'

/** What a list of articles shows. */
export const listSelect = {
  title: true,
  slug: true,
  description: true,
  publishedAt: true,
  readingTime: true,
  tags: true,
  updatedAt: true,
} as const

/** One page of the index, newest first. */
export const listArticles = cache(async (locale: Locale, page = 1) => {
  const payload = await getPayloadClient()
  return payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    page,
    limit: ARTICLES_PER_PAGE,
    depth: 1,
    select: listSelect,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
})

/** The newest few, for the home page. */
export const latestArticles = cache(async (locale: Locale, limit: number) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    limit,
    depth: 1,
    select: listSelect,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return docs
})

/** Every article published in `locale`, without bodies (for the sitemap and static params). */
export const allArticles = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    pagination: false,
    depth: 1,
    select: { ...listSelect, author: true, createdAt: true },
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return docs
})

/** The newest articles of a language's feed, with their bodies (embedded comparisons too). */
export const feedArticles = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    limit: FEED_ITEMS,
    depth: 2,
    select: { ...listSelect, body: true, author: true, createdAt: true },
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return docs
})

/** Every published article with this tag, newest first. */
export const articlesTagged = cache(async (locale: Locale, tagId: number) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { tags: { in: [tagId] } },
    sort: '-publishedAt',
    pagination: false,
    depth: 1,
    select: listSelect,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return docs
})

export const getArticleBySlug = cache((locale: Locale, slug: string) =>
  findBySlug('articles', slug, locale, { depth: 2 }),
)

/** Up to `limit` other articles, most shared tags first, then newest. */
export const relatedArticles = cache(async (locale: Locale, article: Article, limit = 3) => {
  const tagIds = tagIdsOf(article.tags)
  if (tagIds.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ tags: { in: tagIds } }, { id: { not_equals: article.id } }] },
    sort: '-publishedAt',
    limit: 50,
    depth: 1,
    select: listSelect,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return mostSharedTagsFirst(docs, tagIds).slice(0, limit)
})
