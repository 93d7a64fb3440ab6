/** One article: pre-rendered at publish time, with its contents, body, call to action and related reading. */
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { ArticleBody, BODY_IMAGE_SIZES } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleList'
import { CaseStudyCards } from '@/components/CaseStudyCards'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Byline } from '@/components/Byline'
import { DateTime } from '@/components/DateTime'
import { JsonLd } from '@/components/JsonLd'
import { MediaFigure } from '@/components/MediaFigure'
import { PageShell } from '@/components/PageShell'
import { PreviewBanner } from '@/components/PreviewBanner'
import { TableOfContents } from '@/components/TableOfContents'
import { TagLinks } from '@/components/TagLinks'
import { allArticles, getArticleBySlug, relatedArticles } from '@/data/articles'
import { caseStudiesTagged } from '@/data/case-studies'
import { findRedirect } from '@/data/redirects'
import { getSiteSettings } from '@/data/site-settings'
import { slugFromOtherLanguage, translationPaths } from '@/data/translations'
import { getViewer } from '@/data/viewer'
import { localeOf } from '@/i18n/locale-param'
import { translator } from '@/i18n/translate'
import { collectHeadings } from '@/lib/headings'
import { isBlock, topLevel } from '@/lib/lexical'
import type { Locale } from '@/lib/locales'
import { articleImage, ogImageOf } from '@/lib/media-url'
import { languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'
import { tagIdsOf } from '@/lib/tags'
import { blogPosting } from '@/lib/structured-data'
import type { Author } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await allArticles(params.locale as Locale)).map((article) => ({ slug: article.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const article = await getArticleBySlug(locale, (await params).slug)
  if (!article) return {}
  const [settings, translations] = await Promise.all([
    getSiteSettings(locale),
    translationPaths('articles', article.id),
  ])
  const path = pathsFor(locale).article(article.slug)
  const image = ogImageOf(article.meta?.image) ?? articleImage(article, locale)
  const author = typeof article.author === 'object' ? article.author : null
  const title = article.meta?.title || article.title
  const description = article.meta?.description || article.description
  const language = languageMetadata({ locale, path, translations, siteName: settings.siteName })
  return {
    title,
    description,
    alternates: language.alternates,
    authors: author ? [{ name: author.name }] : undefined,
    openGraph: {
      ...language.openGraph,
      type: 'article',
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
  const locale = await localeOf(params)
  const { slug } = await params
  const paths = pathsFor(locale)
  const article = await getArticleBySlug(locale, slug)
  if (!article) {
    const moved =
      (await findRedirect(paths.article(slug), locale)) ??
      (await slugFromOtherLanguage('articles', slug, locale).then(
        (own) => own && paths.article(own),
      ))
    if (moved) permanentRedirect(moved)
    notFound()
  }
  const [settings, related, cases, viewer, translations] = await Promise.all([
    getSiteSettings(locale),
    relatedArticles(locale, article),
    caseStudiesTagged(locale, tagIdsOf(article.tags)),
    getViewer(),
    translationPaths('articles', article.id),
  ])
  const t = translator(locale, 'article')
  const site = translator(locale, 'site')
  const author = typeof article.author === 'object' ? (article.author as Author) : null
  const cover = typeof article.coverImage === 'object' ? article.coverImage : null
  const { headings, ids } = collectHeadings(article.body)
  const path = paths.article(article.slug)

  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <article className="article">
        {viewer.draft && (
          <PreviewBanner path={path} isDraft={article._status === 'draft'} locale={locale} />
        )}
        <Breadcrumbs
          trail={[
            { name: site('home'), path: paths.home },
            { name: site('articles'), path: paths.articles },
          ]}
          current={{ name: article.title, path }}
          locale={locale}
        />
        <header>
          <h1>{article.title}</h1>
          <p className="lede">{article.description}</p>
          <p className="meta">
            {article.publishedAt && (
              <DateTime iso={article.publishedAt} locale={locale} timeZone={settings.timeZone} />
            )}
            {article.readingTime ? (
              <span>{` · ${t('readingTime', { minutes: article.readingTime })}`}</span>
            ) : null}
          </p>
          {author && <Byline author={author} locale={locale} />}
          <TagLinks tags={article.tags} locale={locale} />
        </header>
        {cover && <MediaFigure media={cover} sizes={BODY_IMAGE_SIZES} eager className="cover" />}
        <TableOfContents headings={headings} locale={locale} />
        <ArticleBody
          body={article.body}
          headingIds={ids}
          ctaDefaults={settings.cta}
          sourcePath={path}
          locale={locale}
        />
        {!hasCallToAction(article.body) && (
          <CallToAction defaults={settings.cta} from={path} locale={locale} />
        )}
        {cases.length > 0 && (
          <section aria-labelledby="used-in-title" className="used-in">
            <h2 id="used-in-title">{translator(locale, 'cases')('usedIn')}</h2>
            <CaseStudyCards cases={cases} locale={locale} />
          </section>
        )}
        {related.length > 0 && (
          <section aria-labelledby="related-title" className="related">
            <h2 id="related-title">{t('related')}</h2>
            <ArticleList
              articles={related}
              headingLevel={3}
              locale={locale}
              timeZone={settings.timeZone}
            />
          </section>
        )}
        <JsonLd data={blogPosting(article, author, articleImage(article, locale), locale)} />
      </article>
    </PageShell>
  )
}

/** Whether the body places the call to action itself (at its top level); if not, it ends the page. */
function hasCallToAction(body: unknown): boolean {
  return topLevel(body).some((node) => isBlock(node, 'callToAction'))
}
