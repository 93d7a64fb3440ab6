import type { MetadataRoute } from 'next'

import { allArticles } from '@/data/articles'
import { allComparisons } from '@/data/comparisons'
import { allTags } from '@/data/tags'
import { getServerEnv } from '@/lib/env'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const siteUrl = getServerEnv().SITE_URL
  const [articles, tags, comparisons] = await Promise.all([
    allArticles(),
    allTags(),
    allComparisons(),
  ])
  const newest = articles[0]?.updatedAt
  return [
    { url: `${siteUrl}/`, lastModified: newest, changeFrequency: 'weekly', priority: 1 },
    { url: `${siteUrl}/articles`, lastModified: newest, changeFrequency: 'weekly', priority: 0.8 },
    ...articles.map((article) => ({
      url: `${siteUrl}/articles/${article.slug}`,
      lastModified: article.updatedAt,
      priority: 0.9,
    })),
    ...comparisons.map((comparison) => ({
      url: `${siteUrl}/compare/${comparison.slug}`,
      lastModified: comparison.updatedAt,
      priority: 0.7,
    })),
    ...tags.map((tag) => ({
      url: `${siteUrl}/tags/${tag.slug}`,
      lastModified: tag.updatedAt,
      priority: 0.5,
    })),
    { url: `${siteUrl}/contact`, priority: 0.6 },
  ]
}
