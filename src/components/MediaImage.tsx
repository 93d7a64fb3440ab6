import { getImageProps } from 'next/image'

import { mediaPath } from '@/lib/media-url'
import type { Media } from '@/payload-types'

type Props = {
  media: number | Media | null | undefined
  /** What the image shows, in the page's language; the upload's own alt text when empty. */
  alt?: string | null
  sizes: string
  eager?: boolean
  className?: string
}

/**
 * An uploaded image on its own (a portrait, a photo), through Next's optimiser but as a plain
 * <img>, like MediaFigure: no client JavaScript. Nothing when the upload is missing or unreadable.
 */
export function MediaImage({ media, alt, sizes, eager = false, className }: Props) {
  const props = imageProps(media, alt, sizes, eager)
  if (!props) return null
  return (
    <picture>
      <img {...props} alt={props.alt} className={className} />
    </picture>
  )
}

/** The <img> attributes of an upload, or null when it has no readable file. */
export function imageProps(
  media: number | Media | null | undefined,
  alt: string | null | undefined,
  sizes: string,
  eager: boolean,
) {
  if (typeof media !== 'object' || !media) return null
  const src = mediaPath(media.url)
  if (!src || !media.width || !media.height) return null
  const text = alt?.trim() || media.alt
  const { props } = getImageProps({
    src,
    alt: text,
    width: media.width,
    height: media.height,
    sizes,
    loading: eager ? 'eager' : 'lazy',
    fetchPriority: eager ? 'high' : undefined,
  })
  return { ...props, alt: text }
}
