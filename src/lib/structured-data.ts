import type { Article, Author } from '@/payload-types'

import { absoluteUrl } from './absolute-url'
import type { Locale } from './locales'
import { pathsFor } from './paths'

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

export function blogPosting(
  article: Article,
  author: Author | null,
  image: string,
  locale: Locale,
) {
  const url = absoluteUrl(pathsFor(locale).article(article.slug))
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
    inLanguage: locale,
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
