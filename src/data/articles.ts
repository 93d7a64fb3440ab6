import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from '@/server/payload'
import { ARTICLES_PER_PAGE } from '@/lib/site'
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
export const listArticles = cache(async (page = 1) => {
  const payload = await getPayloadClient()
  return payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    page,
    limit: ARTICLES_PER_PAGE,
    depth: 1,
    select: listSelect,
    overrideAccess: false,
  })
})

/** The newest few, for the home page. */
export const latestArticles = cache(async (limit: number) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    limit,
    depth: 1,
    select: listSelect,
    overrideAccess: false,
  })
  return docs
})

/** Every published article, without bodies (for the sitemap, the feed and static params). */
export const allArticles = cache(async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    pagination: false,
    depth: 1,
    select: { ...listSelect, author: true, createdAt: true },
    overrideAccess: false,
  })
  return docs
})

/** Every published article with this tag, newest first. */
export const articlesTagged = cache(async (tagId: number) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { tags: { in: [tagId] } },
    sort: '-publishedAt',
    pagination: false,
    depth: 1,
    select: listSelect,
    overrideAccess: false,
  })
  return docs
})

export const getArticleBySlug = cache((slug: string) => findBySlug('articles', slug, { depth: 2 }))

/** Up to `limit` other articles, most shared tags first, then newest. */
export const relatedArticles = cache(async (article: Article, limit = 3) => {
  const tagIds = (article.tags ?? []).map((tag) => (typeof tag === 'object' ? tag.id : tag))
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
  })
  const shared = (doc: (typeof docs)[number]) =>
    (doc.tags ?? []).filter((tag) => tagIds.includes(typeof tag === 'object' ? tag.id : tag)).length
  return [...docs].sort((a, b) => shared(b) - shared(a)).slice(0, limit)
})
