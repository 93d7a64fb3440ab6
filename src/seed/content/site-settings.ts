import type { SeedSiteSettings } from '../types'

export const siteSettings: SeedSiteSettings = {
  siteName: 'Pau Serrat — Backend Development',
  ownerName: 'Pau Serrat',
  tagline: 'Python and Django backends that stay fast, boring and easy to change.',
  intro:
    'I am Pau Serrat, a freelance Python/Django developer based in Barcelona. I design, build and rescue backends for startups and small product teams: APIs, SaaS platforms, data-heavy admin tools and the infrastructure around them. On this site I write long-form articles about the trade-offs I run into in real projects.',
  contactEmail: 'hello@pauserrat.example',
  telegram: '@pauserrat_dev',
  cta: {
    heading: 'Planning a backend project?',
    text: 'Book a free initial consultation: 30 minutes, no obligation. Tell me what you are building and I will give you an honest opinion on stack, architecture and scope — even if the answer is that you do not need me.',
    buttonLabel: 'Request a free consultation',
    link: '/contact',
  },
  navigation: [
    { label: 'Articles', url: '/articles' },
    { label: 'Case studies', url: '/cases' },
    { label: 'Comparisons', url: '/compare/django-vs-fastapi' },
    { label: 'Contact', url: '/contact' },
  ],
}
