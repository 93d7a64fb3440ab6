import { Feed } from 'feed'

import { feedArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/site-settings'
import { absoluteUrl } from '@/lib/absolute-url'
import { articleHtml } from '@/lib/article-html'
import { isLocale, LOCALES } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

/** RSS 2.0 of one language: its newest articles (FEED_ITEMS), full text, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const paths = pathsFor(locale)
  const home = absoluteUrl(paths.home)
  const [settings, articles] = await Promise.all([getSiteSettings(locale), feedArticles(locale)])
  const feed = new Feed({
    title: settings.siteName,
    description: settings.tagline ?? undefined,
    id: home,
    link: home,
    language: locale,
    copyright: `© ${settings.ownerName}`,
    updated: articles[0] ? new Date(articles[0].updatedAt) : undefined,
    feedLinks: { rss: absoluteUrl(paths.feed) },
    author: { name: settings.ownerName, email: settings.contactEmail },
  })
  for (const article of articles) {
    const url = absoluteUrl(paths.article(article.slug))
    const author = typeof article.author === 'object' && article.author ? article.author : null
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.description,
      content: articleHtml(article.body, locale),
      date: new Date(article.publishedAt ?? article.createdAt),
      author: author ? [{ name: author.name }] : undefined,
      category: (article.tags ?? []).flatMap((tag) =>
        typeof tag === 'object' && tag.slug
          ? [{ name: tag.name, domain: absoluteUrl(paths.tag(tag.slug)) }]
          : [],
      ),
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
