import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from '@/server/payload'

import { listSelect } from './articles'
import { getViewer } from './viewer'

export const getComparisonBySlug = cache(async (slug: string) => {
  const payload = await getPayloadClient()
  const { draft, user } = await getViewer()
  const { docs } = await payload.find({
    collection: 'comparisons',
    where: { slug: { equals: slug } },
    limit: 1,
    draft,
    user,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export const allComparisons = cache(async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'comparisons',
    pagination: false,
    overrideAccess: false,
  })
  return docs
})

function embeds(node: unknown, comparisonId: number): boolean {
  if (!node || typeof node !== 'object') return false
  const { type, fields, children } = node as {
    type?: string
    fields?: { blockType?: string; comparison?: number | { id: number } }
    children?: unknown[]
  }
  if (type === 'block' && fields?.blockType === 'comparisonTable') {
    const ref = fields.comparison
    if ((typeof ref === 'object' ? ref?.id : ref) === comparisonId) return true
  }
  return (children ?? []).some((child) => embeds(child, comparisonId))
}

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
  return docs.filter((article) => embeds(article.body?.root, comparisonId))
})
