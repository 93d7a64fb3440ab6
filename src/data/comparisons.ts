/** Comparisons as the public pages read them, and the articles that embed one. */
import 'server-only'

import { cache } from 'react'

import { blocksOf } from '@/lib/lexical'
import type { Locale } from '@/lib/locales'
import { getPayloadClient } from '@/server/payload'

import { listSelect } from './articles'
import { findBySlug } from './find-by-slug'

export const getComparisonBySlug = cache((locale: Locale, slug: string) =>
  findBySlug('comparisons', slug, locale),
)

export const allComparisons = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'comparisons',
    pagination: false,
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return docs
})

/** The id a relationship holds, populated (the document) or not (the id itself). */
const idOf = (ref: unknown) =>
  typeof ref === 'object' && ref !== null && 'id' in ref ? ref.id : ref

/** Published articles whose body embeds this comparison. */
export const articlesEmbedding = cache(async (locale: Locale, comparisonId: number) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    pagination: false,
    depth: 1,
    select: { ...listSelect, body: true },
    overrideAccess: false,
    locale,
    fallbackLocale: false,
  })
  return docs.filter((article) =>
    blocksOf(article.body, 'comparisonTable').some(
      (table) => idOf(table.fields.comparison) === comparisonId,
    ),
  )
})
