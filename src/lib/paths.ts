import { getServerEnv } from './env'

/** The addresses of the site's public pages: the one place that knows them. */
export const paths = {
  article: (slug: string) => `/articles/${slug}`,
  comparison: (slug: string) => `/compare/${slug}`,
  tag: (slug: string) => `/tags/${slug}`,
}

/** The public page of a document, by collection. */
export const documentPath = { articles: paths.article, comparisons: paths.comparison } as const

export type PublicCollection = keyof typeof documentPath

export function absoluteUrl(path: string) {
  return `${getServerEnv().SITE_URL}${path}`
}
