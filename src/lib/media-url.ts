import type { Article, Media } from '@/payload-types'

import type { Locale } from './locales'
import { pathsFor } from './paths'

const MEDIA_FILES = '/api/media/file/'

/** The Open Graph size of an uploaded image, or the original. */
export function ogImageOf(media: number | Media | null | undefined): string | null {
  if (!media || typeof media !== 'object') return null
  return media.sizes?.og?.url ?? media.url ?? null
}

/** An article's sharing image: its cover, or the one generated from its title (/og/<slug>). */
export function articleImage(
  article: Pick<Article, 'slug' | 'coverImage'>,
  locale: Locale,
): string {
  return ogImageOf(article.coverImage) ?? pathsFor(locale).ogImage(article.slug)
}

/**
 * An upload's URL as a path on this site, query (`?v=…`) kept: Payload writes absolute URLs (on
 * SITE_URL), next/image takes local files by path (`images.localPatterns`). Null for anything
 * that is not one of our uploaded files.
 */
export function mediaPath(url: string | null | undefined): string | null {
  if (!url) return null
  const parsed = new URL(url, 'http://relative.invalid')
  return parsed.pathname.startsWith(MEDIA_FILES) ? `${parsed.pathname}${parsed.search}` : null
}
