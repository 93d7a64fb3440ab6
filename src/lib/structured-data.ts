import type { Article, Author, CaseStudy, ServicesBlock } from '@/payload-types'

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

/** A case study as schema.org's Article about the work, with its client and technologies. */
export function caseStudyArticle(study: CaseStudy, locale: Locale, authorName: string) {
  const url = absoluteUrl(pathsFor(locale).caseStudy(study.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    articleSection: 'Case study',
    headline: study.title,
    description: study.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: study.publishedAt ?? study.createdAt,
    dateModified: study.updatedAt,
    inLanguage: locale,
    about: { '@type': 'Organization', name: study.client },
    keywords: (study.tags ?? [])
      .map((tag) => (typeof tag === 'object' ? tag.name : null))
      .filter(Boolean)
      .join(', '),
    author: { '@type': 'Person', name: authorName },
  }
}

/** The site's owner as a professional service, with the services the home page offers. */
export function professionalService(
  settings: { siteName: string; ownerName: string; contactEmail: string },
  services: ServicesBlock['services'],
  locale: Locale,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfessionalService',
    name: settings.siteName,
    url: absoluteUrl(pathsFor(locale).home),
    email: settings.contactEmail,
    founder: { '@type': 'Person', name: settings.ownerName },
    makesOffer: services.map((service) => ({
      '@type': 'Offer',
      itemOffered: { '@type': 'Service', name: service.title, description: service.description },
      ...(typeof service.priceFrom === 'number'
        ? {
            priceSpecification: {
              '@type': 'PriceSpecification',
              minPrice: service.priceFrom,
              priceCurrency: 'EUR',
            },
          }
        : {}),
    })),
  }
}
