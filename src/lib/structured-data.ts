import type { Article, Author } from '@/payload-types'

import { absoluteUrl } from './absolute-url'
import { paths } from './paths'
import { SITE_LOCALE } from './site'

export function breadcrumbList(items: { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  }
}

export function blogPosting(article: Article, author: Author | null, image: string) {
  const url = absoluteUrl(paths.article(article.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description: article.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: [image.startsWith('/') ? absoluteUrl(image) : image],
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    inLanguage: SITE_LOCALE,
    keywords: (article.tags ?? [])
      .map((tag) => (typeof tag === 'object' ? tag.name : null))
      .filter(Boolean)
      .join(', '),
    timeRequired: article.readingTime ? `PT${article.readingTime}M` : undefined,
    author: author
      ? {
          '@type': 'Person',
          name: author.name,
          jobTitle: author.role,
          address: author.city
            ? { '@type': 'PostalAddress', addressLocality: author.city }
            : undefined,
          sameAs: (author.links ?? []).map((link) => link.url),
        }
      : undefined,
  }
}
