import type { SeedAuthor } from '../types'

export const author: SeedAuthor = {
  slug: 'pau-serrat',
  name: 'Pau Serrat',
  role: 'Freelance Python/Django Developer',
  city: 'Barcelona',
  bio: 'Pau has been building web backends in Python for over a decade, first at agencies and product companies, and since 2019 as an independent developer. He works mostly with Django, FastAPI and PostgreSQL, and cares more about maintainable, well-tested systems than about the framework of the month.',
  links: [
    { label: 'GitHub', url: 'https://github.com/pauserrat' },
    { label: 'LinkedIn', url: 'https://www.linkedin.com/in/pauserrat' },
  ],
}
