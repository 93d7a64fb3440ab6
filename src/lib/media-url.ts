import type { Media } from '@/payload-types'

/** The Open Graph size of an uploaded image, or the original. */
export function ogImageOf(media: number | Media | null | undefined): string | null {
  if (!media || typeof media !== 'object') return null
  return media.sizes?.og?.url ?? media.url ?? null
}
