import type { SeedTestimonial } from '../types'

/**
 * Demo testimonials, marked as such where a visitor sees them: a "Demo:" company, or a role that
 * says "(demo)" where the case study keeps its client anonymous. The seed ticks their consent with
 * the note "Demo content". Created in this order: the home page shows the latest first.
 */
export const testimonials: SeedTestimonial[] = [
  {
    name: 'Elena Marín',
    role: 'CTO',
    company: 'Demo: Northwind Payments',
    quote:
      'We were about to pay for a bigger database for the second time. Pau found 214 queries behind a single screen, fixed the worst of them in the first week and left us with tests that fail the build if it ever happens again. The support tickets about a slow dashboard simply stopped.',
  },
  {
    name: 'Sofia Lindqvist',
    role: 'Co-founder and CEO',
    company: 'Demo: Brightline Health',
    quote:
      'As a non-technical founder I needed an honest answer: would the backend an agency built for us survive our first hospital contracts? Pau reviewed it in a week, gave us a short list of what had to change now and what could wait, and then helped us hire our first backend engineer.',
  },
  {
    name: 'Jonas Weber',
    role: 'VP of Engineering, logistics SaaS (demo)',
    quote:
      'Everyone told us to break the monolith into microservices. Pau talked us out of it and split off the one piece that actually needed it. Nine weeks later route planning was fast, we were deploying on Tuesday mornings without a second thought, and the rest of the codebase was left in peace.',
  },
  {
    name: 'Claire Dubois',
    role: 'Head of Platform, European media group (demo)',
    quote:
      'Pau explains trade-offs in plain language, which our editors appreciated as much as our engineers did. The new pipeline has been running for months, and I cannot remember the last time someone had to paste a breaking story in by hand.',
  },
]
