import type { Media } from '@/payload-types'

import { imageProps } from './MediaImage'

type Props = {
  media: Media
  /** How wide the image is shown, for the browser to pick a size (the `sizes` attribute). */
  sizes: string
  /** Above the fold (an article's cover): fetched at once, first. */
  eager?: boolean
  className?: string
}

/**
 * An uploaded image with its caption, as <figure>/<figcaption>. The image goes through Next's
 * optimiser (AVIF/WebP, a width per screen) but is rendered as a plain <img>: next/image's
 * component would add client JavaScript to every page that shows a picture.
 */
export function MediaFigure({ media, sizes, eager = false, className }: Props) {
  const props = imageProps(media, media.alt, sizes, eager)
  if (!props) return null
  return (
    <figure className={className ? `figure ${className}` : 'figure'}>
      <picture>
        <img {...props} alt={props.alt} />
      </picture>
      {media.caption ? <figcaption>{media.caption}</figcaption> : null}
    </figure>
  )
}
