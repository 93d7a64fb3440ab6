/**
 * The addresses of the site's public pages: the one place that knows them. Free of server code,
 * so the browser (the admin bar) can use it too.
 */
export const paths = {
  home: '/',
  articles: '/articles',
  /** Page `n` of "All articles" (the first is /articles itself). */
  articlesPage: (n: number) => (n <= 1 ? '/articles' : `/articles/page/${n}`),
  contact: '/contact',
  feed: '/feed.xml',
  article: (slug: string) => `/articles/${slug}`,
  comparison: (slug: string) => `/compare/${slug}`,
  tag: (slug: string) => `/tags/${slug}`,
}

/** The public page of a document, by collection. */
export const documentPath = { articles: paths.article, comparisons: paths.comparison } as const

export type PublicCollection = keyof typeof documentPath

/** The document a public address shows, if it shows one (the reverse of `paths`). */
export function documentAt(
  pathname: string,
): { collection: PublicCollection | 'tags'; slug: string } | null {
  const match = pathname.match(/^\/(articles|compare|tags)\/([a-z0-9-]+)\/?$/)
  if (!match) return null
  const collection = ({ articles: 'articles', compare: 'comparisons', tags: 'tags' } as const)[
    match[1] as 'articles' | 'compare' | 'tags'
  ]
  return { collection, slug: match[2] }
}
