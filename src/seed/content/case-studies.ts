import type { SeedCaseStudy } from '../types'

/** Demo case studies, newest first; their tags tie them to the articles on the same subjects. */
export const caseStudies: SeedCaseStudy[] = [
  {
    slug: 'async-python-feed-ingestion-for-a-media-group',
    title: 'Near-real-time feed ingestion for a media group with async Python',
    client: 'A European media group',
    summary:
      'Agency and partner feeds reached the sites hours late, in nightly batches. An asyncio pipeline now publishes each item within a minute of its arrival, on a third of the servers.',
    problem: [
      'The group runs several news and entertainment sites fed by wire agencies, partner feeds and its own video team: around 180,000 items a day. Ingestion was a set of cron scripts that downloaded, enriched and indexed each item one by one.',
      'Most of their time went to waiting on slow partner APIs. On busy news days the backlog grew to four hours, editors pasted breaking stories in by hand, and the only answer anyone had was more servers.',
    ],
    work: [
      'I rewrote the ingestion as an asyncio pipeline: httpx for the feeds, with a concurrency limit and retries with backoff per partner; bounded queues between the stages, so a slow stage holds back its producers instead of filling the memory; and the CPU-heavy steps (thumbnails, text extraction) in a process pool.',
      'Every item carries an idempotency key, so a retried or repeated delivery is stored once. Each stage exports its queue length and latency, and the on-call dashboard shows where items are waiting.',
      'The old scripts ran beside the new pipeline for a month, writing to a shadow index we compared every day, before we moved the feeds over one at a time.',
    ],
    outcomes: [
      { metric: 'Arrival to published, p95', figure: '4 h → 45 s' },
      { metric: 'Ingestion servers', figure: '12 → 4' },
      { metric: 'Duplicate items a day', figure: '~300 → 0' },
    ],
    publishedAt: '2026-10-20',
    tags: ['python', 'performance', 'architecture'],
    testimonial: 'Claire Dubois',
  },
  {
    slug: 'splitting-route-planning-out-of-a-logistics-monolith',
    title: 'Splitting route planning out of a logistics monolith',
    client: 'A logistics SaaS company',
    summary:
      'Route planning shared its workers with everything else in a Django monolith, and blocked deploys every morning. Moving that one piece into a FastAPI service cut a 2,000-stop plan from 14 minutes to 90 seconds.',
    problem: [
      'The company sells route planning and proof-of-delivery software to regional carriers. Everything lived in one Django application, including the route optimiser: a CPU-heavy job that ran in the same Celery workers as emails and invoices.',
      'On busy mornings, planning a day of 2,000 stops took 14 minutes, the queues backed up and drivers waited at the depot. Deploys were frozen from 5 to 9 a.m., because a restart killed the plans in progress. The team was about to rewrite everything as microservices.',
    ],
    work: [
      'We did not rewrite everything. Profiling showed one part with needs unlike the rest: route planning was CPU-bound, stateless given its inputs, and owned by two people. The rest was an ordinary business application that Django served well.',
      'I moved the optimiser into a FastAPI service with its own workers, behind a small versioned API: the monolith sends the stops and constraints and gets the plan back by webhook. The Django side kept its models and its admin, and a feature flag ran both planners side by side for two weeks so we could compare their plans.',
      'With the heavy work out of the Celery workers, deploys no longer wait for anything, and the planner scales on its own for the morning peak.',
    ],
    outcomes: [
      { metric: 'Planning a 2,000-stop day', figure: '14 min → 90 s' },
      { metric: 'Deploys a week', figure: '2 → 15' },
      { metric: 'Shipped in', figure: '9 weeks' },
    ],
    publishedAt: '2026-09-02',
    tags: ['architecture', 'fastapi', 'django', 'python'],
    testimonial: 'Jonas Weber',
  },
  {
    slug: 'fintech-api-n-plus-one-queries',
    title: 'Taking a fintech API from 1.2 s to 180 ms',
    client: 'Demo: Northwind Payments',
    summary:
      'The account dashboard of a payments startup took over a second to load and got slower with every new customer. Three weeks of profiling and ORM fixes brought p95 latency down to 180 ms, with a smaller database.',
    problem: [
      "Northwind's customers follow their accounts, cards and transactions in a web dashboard backed by a Django REST Framework API. It was fast at launch. Eighteen months later the transactions endpoint took 1.2 s at p95, and the largest accounts regularly hit the 30-second gateway timeout.",
      'The team had already doubled the database instance once and was about to do it again. Nobody had time to look deeper: every sprint went to features the sales pipeline was waiting for.',
    ],
    work: [
      'I started by measuring instead of guessing: django-debug-toolbar against an anonymised copy of production, and OpenTelemetry traces of the slowest endpoints. The transactions list ran 214 queries per request, because its serializers loaded the card, merchant and category of each transaction one by one.',
      'Most of the fix was select_related and prefetch_related in the right querysets, plus two annotated subqueries that replaced balance calculations done row by row in Python. A composite index on (account_id, created_at) did the rest for the largest accounts.',
      'To keep it fixed, every endpoint that matters now has an assertNumQueries test in CI, and I walked the team through reading a query plan, so the next regression is caught in review.',
    ],
    outcomes: [
      { metric: 'p95 latency, transactions API', figure: '1.2 s → 180 ms' },
      { metric: 'Queries per request', figure: '214 → 9' },
      { metric: 'Database bill (AWS RDS)', figure: '−38%' },
      { metric: 'Shipped in', figure: '3 weeks' },
    ],
    publishedAt: '2026-07-08',
    tags: ['django', 'performance', 'python'],
    testimonial: 'Elena Marín',
  },
]
