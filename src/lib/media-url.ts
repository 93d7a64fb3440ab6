import type { Article, Media } from '@/payload-types'

/** The Open Graph size of an uploaded image, or the original. */
export function ogImageOf(media: number | Media | null | undefined): string | null {
  if (!media || typeof media !== 'object') return null
  return media.sizes?.og?.url ?? media.url ?? null
}

/** An article's sharing image: its cover, or the one generated from its title (/og/<slug>). */
export function articleImage(article: Pick<Article, 'slug' | 'coverImage'>): string {
  return ogImageOf(article.coverImage) ?? `/og/${article.slug}`
}
