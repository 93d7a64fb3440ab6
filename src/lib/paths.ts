/**
 * The addresses of the site's public pages, per language: the one place that knows them. English
 * at the root (`/articles/x`), the others under their code (`/es/articles/x`). Free of server
 * code, so the browser (the admin bar) can use it too.
 */
import { DEFAULT_LOCALE, type Locale, LOCALES } from './locales'

function pathsIn(locale: Locale) {
  const root = locale === DEFAULT_LOCALE ? '' : `/${locale}`
  return {
    home: root || '/',
    /** The home page's draft, for a signed-in editor in draft mode (the admin's preview). */
    homePreview: `${root}/preview`,
    articles: `${root}/articles`,
    /** Page `n` of "All articles" (the first is /articles itself). */
    articlesPage: (n: number) => (n <= 1 ? `${root}/articles` : `${root}/articles/page/${n}`),
    contact: `${root}/contact`,
    book: `${root}/book`,
    /** Where a booked call is cancelled or moved (the signed link in its emails). */
    manageBooking: (token: string) => `${root}/book/manage/${token}`,
    /** What the site counts and what its forms store. */
    privacy: `${root}/privacy`,
    search: `${root}/search`,
    /** The results of `query`, page `page` (10 a page). */
    searchResults: (query: string, page = 1) =>
      `${root}/search?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query })}`,
    feed: `${root}/feed.xml`,
    article: (slug: string) => `${root}/articles/${slug}`,
    comparison: (slug: string) => `${root}/compare/${slug}`,
    /** The case studies, and one of them. */
    cases: `${root}/cases`,
    caseStudy: (slug: string) => `${root}/cases/${slug}`,
    tag: (slug: string) => `${root}/tags/${slug}`,
    /** The sharing image made from an article's title. */
    ogImage: (slug: string) => `${root}/og/${slug}`,
  }
}

export type Paths = ReturnType<typeof pathsIn>

const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, pathsIn(locale)])) as Record<
  Locale,
  Paths
>

/** The addresses in one language. */
export function pathsFor(locale: Locale): Paths {
  return byLocale[locale]
}

/** The public page of a document, by collection. */
const documentPaths = {
  articles: 'article',
  comparisons: 'comparison',
  'case-studies': 'caseStudy',
} as const

export type PublicCollection = keyof typeof documentPaths

export function isPublicCollection(value: unknown): value is PublicCollection {
  return typeof value === 'string' && value in documentPaths
}

export function documentPath(collection: PublicCollection, slug: string, locale: Locale): string {
  return byLocale[locale][documentPaths[collection]](slug)
}

/** An address of this site (`/articles`) in `locale` (`/es/articles`); others are left alone. */
export function localizedHref(href: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//')) return href
  return href === '/' ? `/${locale}` : `/${locale}${href}`
}

/**
 * A link the owner typed (a hero or service action) in `locale`. One to a form (contact, booking)
 * carries the page it was followed from (`?from=`), which the lead records.
 */
export function actionHref(href: string, locale: Locale, from?: string): string {
  const localized = localizedHref(href, locale)
  const { contact, book } = pathsFor(locale)
  const path = localized.split(/[?#]/)[0]
  return path === contact || path === book ? withFrom(localized, from) : localized
}

/** A link to one of our forms with the page it was followed from (`?from=`), recorded with the lead. */
export function withFrom(href: string, from?: string): string {
  if (!from || !href.startsWith('/')) return href
  return `${href}${href.includes('?') ? '&' : '?'}from=${encodeURIComponent(from)}`
}
