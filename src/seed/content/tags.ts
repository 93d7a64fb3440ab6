import type { SeedTag } from '../types'

export const tags: SeedTag[] = [
  {
    slug: 'python',
    name: 'Python',
    description:
      'The language behind everything on this site, from web backends to scripts and data pipelines.',
  },
  {
    slug: 'django',
    name: 'Django',
    description:
      'The batteries-included web framework for building full applications with an ORM, admin and auth.',
  },
  {
    slug: 'fastapi',
    name: 'FastAPI',
    description:
      'A modern, type-driven framework for building fast APIs with automatic OpenAPI documentation.',
  },
  {
    slug: 'architecture',
    name: 'Architecture',
    description:
      'How to structure backend systems so they stay understandable as the team and the product grow.',
  },
  {
    slug: 'performance',
    name: 'Performance',
    description:
      'Finding and fixing the real bottlenecks: database queries, I/O, caching and concurrency.',
  },
]
