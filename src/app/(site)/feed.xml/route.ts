import { Feed } from 'feed'

import { allArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/site-settings'
import { absoluteUrl } from '@/lib/absolute-url'
import { paths } from '@/lib/paths'
import { SITE_LOCALE } from '@/lib/site'

export const dynamic = 'force-static'

/** RSS 2.0 of the published articles, newest first. */
export async function GET() {
  const home = absoluteUrl(paths.home)
  const [settings, articles] = await Promise.all([getSiteSettings(), allArticles()])
  const feed = new Feed({
    title: settings.siteName,
    description: settings.tagline ?? undefined,
    id: home,
    link: home,
    language: SITE_LOCALE,
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
      date: new Date(article.publishedAt ?? article.createdAt),
      author: author ? [{ name: author.name }] : undefined,
      category: (article.tags ?? []).flatMap((tag) =>
        typeof tag === 'object'
          ? [{ name: tag.name, domain: absoluteUrl(paths.tag(tag.slug)) }]
          : [],
      ),
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
