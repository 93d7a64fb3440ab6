import type { LexicalDocument } from './lexical'

export type SeedTag = { slug: string; name: string; description: string }

export type SeedAuthor = {
  slug: string
  name: string
  role: string
  city: string
  bio: string
  links: { label: string; url: string }[]
}

export type SeedComparison = {
  slug: string
  title: string
  optionA: string
  optionB: string
  intro: string
  rows: { feature: string; a: string; b: string; note?: string }[]
  verdict: string
}

export type SeedArticle = {
  slug: string
  title: string
  /** One or two sentences for lists, search results and sharing previews. */
  description: string
  /** ISO date, e.g. '2026-10-02'. */
  publishedAt: string
  /** Tag slugs. */
  tags: string[]
  body: LexicalDocument
}

export type SeedSiteSettings = {
  siteName: string
  ownerName: string
  tagline: string
  /** Short paragraph for the home page: who the consultant is and what they do. */
  intro: string
  contactEmail: string
  telegram: string
  cta: { heading: string; text: string; buttonLabel: string; link: string }
  navigation: { label: string; url: string }[]
}

/** A client's words; `name` (not translated) is also the key of its translations. */
export type SeedTestimonial = {
  name: string
  role: string
  /** Left out where the client stays anonymous (its role says what kind of company it is). */
  company?: string
  quote: string
}

export type SeedCaseStudy = {
  slug: string
  title: string
  /** "Demo: Northwind Payments", or "A logistics SaaS company" when it stays anonymous. */
  client: string
  /** At most 300 characters. */
  summary: string
  /** Paragraphs (stored separated by a blank line). */
  problem: string[]
  work: string[]
  outcomes: { metric: string; figure: string }[]
  /** ISO date: the latest come first on the home page. */
  publishedAt: string
  /** Tag slugs. */
  tags: string[]
  /** The name of the testimonial that goes with it. */
  testimonial: string
}

/** The home page's texts in one language; links, prices and how many of each list stay alike. */
export type SeedHome = {
  hero: { headline: string; subline: string; primaryLabel: string; secondaryLabel: string }
  /** Four services, in the same order in every language. */
  services: { heading: string; intro: string; items: { title: string; description: string }[] }
  caseStudies: { heading: string; intro: string }
  testimonials: { heading: string }
  latestArticles: { heading: string }
  callToAction: { heading: string; text: string; buttonLabel: string }
}

/** One language's translation of the English demo content; keys are the English slugs. */
export type SeedTranslation = {
  tags: Record<string, { name: string; slug: string; description: string }>
  author: { role: string; city: string; bio: string }
  siteSettings: {
    tagline: string
    intro: string
    cta: { heading: string; text: string; buttonLabel: string }
    /** The navigation labels, in the order of the English navigation. */
    navigation: string[]
  }
  comparisons: Record<
    string,
    {
      title: string
      slug: string
      intro: string
      verdict: string
      /** Every row, in the English order. */
      rows: { feature: string; a: string; b: string; note?: string }[]
    }
  >
  /** The translated articles (the others stay English only). */
  articles: Record<
    string,
    { slug: string; title: string; description: string; body: LexicalDocument }
  >
  /** Every testimonial, by name. */
  testimonials: Record<string, { quote: string; role: string }>
  /** Every case study, by English slug; the outcomes in the English order. */
  caseStudies: Record<
    string,
    Pick<SeedCaseStudy, 'slug' | 'title' | 'client' | 'summary' | 'problem' | 'work' | 'outcomes'>
  >
  home: SeedHome
}
