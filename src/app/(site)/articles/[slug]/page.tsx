/** One article: pre-rendered at publish time, with its contents, body, call to action and related reading. */
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { ArticleBody, BODY_IMAGE_SIZES } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleList'
import { Byline } from '@/components/Byline'
import { DateTime } from '@/components/DateTime'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { MediaFigure } from '@/components/MediaFigure'
import { TableOfContents } from '@/components/TableOfContents'
import { TagLinks } from '@/components/TagLinks'
import { allArticles, getArticleBySlug, relatedArticles } from '@/data/articles'
import { findRedirect } from '@/data/redirects'
import { getViewer } from '@/data/viewer'
import { PreviewBanner } from '@/components/PreviewBanner'
import { getSiteSettings } from '@/data/site-settings'
import { collectHeadings } from '@/lib/headings'
import { isBlock, topLevel } from '@/lib/lexical'
import { articleImage, ogImageOf } from '@/lib/media-url'
import { paths } from '@/lib/paths'
import { blogPosting } from '@/lib/structured-data'
import type { Author } from '@/payload-types'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await allArticles()).map((article) => ({ slug: article.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug)
  if (!article) return {}
  const path = paths.article(article.slug)
  const image = ogImageOf(article.meta?.image) ?? articleImage(article)
  const author = typeof article.author === 'object' ? article.author : null
  const title = article.meta?.title || article.title
  const description = article.meta?.description || article.description
  return {
    title,
    description,
    alternates: { canonical: path },
    authors: author ? [{ name: author.name }] : undefined,
    openGraph: {
      type: 'article',
      url: path,
      title,
      description,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      authors: author ? [author.name] : undefined,
      tags: (article.tags ?? []).flatMap((tag) => (typeof tag === 'object' ? [tag.name] : [])),
      images: [{ url: image, width: 1200, height: 630, alt: article.title }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = await getArticleBySlug(slug)
  if (!article) {
    const moved = await findRedirect(paths.article(slug))
    if (moved) permanentRedirect(moved)
    notFound()
  }
  const [settings, related, viewer] = await Promise.all([
    getSiteSettings(),
    relatedArticles(article),
    getViewer(),
  ])
  const author = typeof article.author === 'object' ? (article.author as Author) : null
  const cover = typeof article.coverImage === 'object' ? article.coverImage : null
  const { headings, ids } = collectHeadings(article.body)
  const path = paths.article(article.slug)

  return (
    <article className="article">
      {viewer.draft && <PreviewBanner path={path} isDraft={article._status === 'draft'} />}
      <Breadcrumbs
        trail={[
          { name: 'Home', path: paths.home },
          { name: 'Articles', path: paths.articles },
        ]}
        current={{ name: article.title, path }}
      />
      <header>
        <h1>{article.title}</h1>
        <p className="lede">{article.description}</p>
        <p className="meta">
          {article.publishedAt && <DateTime iso={article.publishedAt} />}
          {article.readingTime ? <span>{` · ${article.readingTime} min read`}</span> : null}
        </p>
        {author && <Byline author={author} />}
        <TagLinks tags={article.tags} />
      </header>
      {cover && <MediaFigure media={cover} sizes={BODY_IMAGE_SIZES} eager className="cover" />}
      <TableOfContents headings={headings} />
      <ArticleBody
        body={article.body}
        headingIds={ids}
        ctaDefaults={settings.cta}
        sourcePath={path}
      />
      {!hasCallToAction(article.body) && <CallToAction defaults={settings.cta} from={path} />}
      {related.length > 0 && (
        <section aria-labelledby="related-title" className="related">
          <h2 id="related-title">Related articles</h2>
          <ArticleList articles={related} headingLevel={3} />
        </section>
      )}
      <JsonLd data={blogPosting(article, author, articleImage(article))} />
    </article>
  )
}

/** Whether the body places the call to action itself (at its top level); if not, it ends the page. */
function hasCallToAction(body: unknown): boolean {
  return topLevel(body).some((node) => isBlock(node, 'callToAction'))
}
