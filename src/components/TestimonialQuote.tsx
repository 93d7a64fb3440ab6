import type { Testimonial } from '@/payload-types'

import { MediaImage } from './MediaImage'

/** One testimonial: the quote, and who said it (with their photo and link when given). */
export function TestimonialQuote({ testimonial }: { testimonial: Testimonial }) {
  const who = [testimonial.role, testimonial.company].filter(Boolean).join(', ')
  return (
    <figure className="testimonial">
      <blockquote>
        <p>{testimonial.quote}</p>
      </blockquote>
      <figcaption>
        <MediaImage media={testimonial.photo} alt="" sizes="48px" className="testimonial__photo" />
        <span className="testimonial__name">
          {testimonial.link ? (
            <a href={testimonial.link} rel="nofollow noopener">
              {testimonial.name}
            </a>
          ) : (
            testimonial.name
          )}
        </span>
        {who && (
          <>
            {' '}
            <span className="testimonial__role">{who}</span>
          </>
        )}
      </figcaption>
    </figure>
  )
}
