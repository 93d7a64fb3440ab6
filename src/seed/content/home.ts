import type { Home } from '@/payload-types'

import type { SeedHome } from '../types'

/** The English home page's texts; the Spanish and Russian ones are in translations/. */
export const home: SeedHome = {
  hero: {
    headline: 'Python and Django backends that stay fast as you grow',
    subline:
      'I am Pau Serrat, a freelance backend developer in Barcelona. I help startups and product teams fix slow APIs, untangle their architecture and ship new backends without drama.',
    primaryLabel: 'Book a free 30-minute call',
    secondaryLabel: 'Read the articles',
  },
  services: {
    heading: 'How I can help',
    intro:
      'A fixed price where the scope is clear, by the week where it is not. Every engagement starts with a free call.',
    items: [
      {
        title: 'Performance audit',
        description:
          'A focused look at your slowest endpoints, queries and background jobs, with traces from production. You get a written report ranked by impact and effort, and the quick wins fixed on the spot.',
      },
      {
        title: 'Architecture review',
        description:
          'Before a rewrite, a split into services or a big new feature: a review of your codebase, data model and infrastructure, and a plan your team can follow without me.',
      },
      {
        title: 'Backend development',
        description:
          'New APIs and SaaS backends in Django or FastAPI, built with tests, documentation and a deploy pipeline from the first week, for a fixed scope or by the week.',
      },
      {
        title: 'Ongoing technical advice',
        description:
          'A few hours a month for code reviews, architecture decisions and hiring: a senior backend voice for a team that does not need one full time yet.',
      },
    ],
  },
  caseStudies: {
    heading: 'Problems solved',
    intro: 'A few recent projects, with the numbers before and after.',
  },
  testimonials: { heading: 'What clients say' },
  latestArticles: { heading: 'Latest articles' },
  callToAction: {
    heading: 'Is your backend slowing you down?',
    text: 'Tell me what you are building and where it hurts. You will get an honest first opinion on what to fix first, and on whether you need outside help at all.',
    buttonLabel: 'Tell me about your project',
  },
}

/** The price ("from €…") and link of each service, in the order of `services.items`. */
const serviceTerms = [
  { priceFrom: 900, link: '/book' },
  { priceFrom: 2400, link: '/book' },
  { link: '/contact' },
  { link: '/contact' },
]

/** The home page's blocks in one language, from its texts. */
export function homeLayout(t: SeedHome): NonNullable<Home['layout']> {
  return [
    {
      blockType: 'hero',
      headline: t.hero.headline,
      subline: t.hero.subline,
      primary: { label: t.hero.primaryLabel, link: '/book' },
      secondary: { label: t.hero.secondaryLabel, link: '/articles' },
    },
    {
      blockType: 'services',
      heading: t.services.heading,
      intro: t.services.intro,
      services: t.services.items.map((item, i) => ({ ...item, ...serviceTerms[i] })),
    },
    {
      blockType: 'caseStudies',
      heading: t.caseStudies.heading,
      intro: t.caseStudies.intro,
      selection: 'latest',
      limit: 3,
    },
    { blockType: 'testimonials', heading: t.testimonials.heading, selection: 'latest', limit: 3 },
    { blockType: 'latestArticles', heading: t.latestArticles.heading, count: 3 },
    { blockType: 'callToAction', ...t.callToAction, link: '/contact' },
  ]
}
