import type { SeedComparison } from '../types'

export const comparisons: SeedComparison[] = [
  {
    slug: 'django-vs-fastapi',
    title: 'Django vs FastAPI',
    optionA: 'Django',
    optionB: 'FastAPI',
    intro:
      'Django and FastAPI are the two Python web frameworks I am asked about most often, and they solve different problems. This table summarises how they compare on the points that usually decide a project.',
    rows: [
      {
        feature: 'Admin panel',
        a: 'Built-in, production-ready',
        b: 'None (third-party options)',
        note: 'For internal tools and back offices, the Django admin alone can save weeks of work.',
      },
      { feature: 'ORM', a: 'Built-in, mature', b: 'Bring your own (SQLAlchemy)' },
      { feature: 'Authentication', a: 'Built-in', b: 'Manual setup' },
      {
        feature: 'API documentation',
        a: 'Via DRF (browsable API)',
        b: 'Auto-generated Swagger/ReDoc',
      },
      {
        feature: 'Async support',
        a: 'Partial (Django 4.1+)',
        b: 'Native',
        note: 'Django supports async views and an async ORM interface, but database access still runs in a thread pool under the hood.',
      },
      {
        feature: 'Performance',
        a: 'Good',
        b: 'Excellent',
        note: 'In most real applications the database, not the framework, is the bottleneck.',
      },
      { feature: 'Ecosystem', a: 'Massive (20+ years)', b: 'Growing (5+ years)' },
      {
        feature: 'Learning curve',
        a: 'Moderate (conventions)',
        b: 'Lower (if you know Python types)',
      },
      { feature: 'Best for', a: 'Full applications, SaaS', b: 'Microservices, ML APIs' },
      {
        feature: 'Development speed',
        a: 'Faster (batteries included)',
        b: 'Slower (more manual setup)',
      },
    ],
    verdict:
      'Choose Django when you are building a complete product with users, permissions, an admin and a relational data model: it gets you to production faster. Choose FastAPI for focused, high-throughput or I/O-heavy APIs, and for serving machine learning models. When in doubt, start with Django — it is easier to split off a FastAPI service later than to rebuild everything Django gives you for free.',
  },
]
