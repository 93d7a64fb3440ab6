import { TestimonialQuote } from '@/components/TestimonialQuote'
import type { Testimonial, TestimonialsBlock } from '@/payload-types'

/** What clients say, on the home page. */
export function Testimonials({ block, items }: { block: TestimonialsBlock; items: Testimonial[] }) {
  if (items.length === 0) return null
  const id = `testimonials-${block.id ?? 'title'}`
  return (
    <section className="section testimonials" aria-labelledby={id}>
      <h2 id={id}>{block.heading}</h2>
      <ul className="quote-grid">
        {items.map((testimonial) => (
          <li key={testimonial.id}>
            <TestimonialQuote testimonial={testimonial} />
          </li>
        ))}
      </ul>
    </section>
  )
}
