import type { MetadataRoute } from 'next'

import { allArticles } from '@/data/articles'
import { allComparisons } from '@/data/comparisons'
import { allTags } from '@/data/tags'
import { absoluteUrl } from '@/lib/absolute-url'
import { paths } from '@/lib/paths'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, tags, comparisons] = await Promise.all([
    allArticles(),
    allTags(),
    allComparisons(),
  ])
  const newest = articles[0]?.updatedAt
  return [
    { url: absoluteUrl(paths.home), lastModified: newest, changeFrequency: 'weekly', priority: 1 },
    {
      url: absoluteUrl(paths.articles),
      lastModified: newest,
      changeFrequency: 'weekly',
      priority: 0.8,
    },
    ...articles.map((article) => ({
      url: absoluteUrl(paths.article(article.slug)),
      lastModified: article.updatedAt,
      priority: 0.9,
    })),
    ...comparisons.map((comparison) => ({
      url: absoluteUrl(paths.comparison(comparison.slug)),
      lastModified: comparison.updatedAt,
      priority: 0.7,
    })),
    ...tags.map((tag) => ({
      url: absoluteUrl(paths.tag(tag.slug)),
      lastModified: tag.updatedAt,
      priority: 0.5,
    })),
    { url: absoluteUrl(paths.contact), priority: 0.6 },
  ]
}
