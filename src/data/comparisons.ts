/** Comparisons as the public pages read them, and the articles that embed one. */
import 'server-only'

import { cache } from 'react'

import { blocksOf } from '@/lib/lexical'
import { getPayloadClient } from '@/server/payload'

import { listSelect } from './articles'
import { findBySlug } from './find-by-slug'

export const getComparisonBySlug = cache((slug: string) => findBySlug('comparisons', slug))

export const allComparisons = cache(async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'comparisons',
    pagination: false,
    overrideAccess: false,
  })
  return docs
})

/** The id a relationship holds, populated (the document) or not (the id itself). */
const idOf = (ref: unknown) =>
  typeof ref === 'object' && ref !== null && 'id' in ref ? ref.id : ref

/** Published articles whose body embeds this comparison. */
export const articlesEmbedding = cache(async (comparisonId: number) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    pagination: false,
    depth: 1,
    select: { ...listSelect, body: true },
    overrideAccess: false,
  })
  return docs.filter((article) =>
    blocksOf(article.body, 'comparisonTable').some(
      (table) => idOf(table.fields.comparison) === comparisonId,
    ),
  )
})
