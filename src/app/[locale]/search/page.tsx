import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleList'
import { PageShell } from '@/components/PageShell'
import { SearchForm } from '@/components/SearchForm'
import { SearchResultList } from '@/components/SearchResultList'
import { TagLinks } from '@/components/TagLinks'
import { latestArticles } from '@/data/articles'
import { searchPage } from '@/data/search'
import { getSiteSettings } from '@/data/site-settings'
import { allTags } from '@/data/tags'
import { localeOf } from '@/i18n/locale-param'
import { translator } from '@/i18n/translate'
import { type Locale, LOCALES } from '@/lib/locales'
import { pathsFor } from '@/lib/paths'
import { normalizeQuery } from '@/search/query'

type SearchParams = Promise<Record<string, string | string[] | undefined>>
type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The first value of a query parameter (`?q=a&q=b` is "a"). */
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** `?page=N` as a page number; anything else (0, -1, 1e21, "two") is page 1. */
function pageOf(value: string | undefined): number {
  const page = Number(value)
  return Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const query = normalizeQuery(first((await searchParams).q))
  const t = translator(locale, 'search')
  return {
    title: query ? t('titleFor', { query }) : t('title'),
    description: t('description'),
    // Result pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
  }
}

/** Server-rendered results (no JavaScript needed); the header's field adds results as you type. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const parameters = await searchParams
  const page = pageOf(first(parameters.page))
  const [settings, results] = await Promise.all([
    getSiteSettings(locale),
    searchPage(locale, first(parameters.q), page),
  ])
  const { query } = results
  const t = translator(locale, 'search')
  const translations = Object.fromEntries(
    LOCALES.map((code) => [
      code,
      query ? pathsFor(code).searchResults(query) : pathsFor(code).search,
    ]),
  ) as Record<Locale, string>
  const found = results.hits.length > 0
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <h1>{query ? t('titleFor', { query }) : t('title')}</h1>
      <SearchForm locale={locale} query={query} id="search-page-query" />
      {query && (
        <p className="search-summary">
          {results.similar
            ? t('similar', { query })
            : found
              ? t('results', { count: results.total, query })
              : t('none', { query })}
        </p>
      )}
      {results.suggestion && <DidYouMean locale={locale} suggestion={results.suggestion} />}
      {found ? (
        <>
          <SearchResultList hits={results.hits} locale={locale} timeZone={settings.timeZone} />
          <ResultPages
            locale={locale}
            query={query}
            page={results.page}
            total={results.totalPages}
          />
        </>
      ) : (
        <NothingYet locale={locale} searched={Boolean(query)} timeZone={settings.timeZone} />
      )}
    </PageShell>
  )
}

/** "Did you mean <a>Django</a>?", the link where the language puts the word. */
function DidYouMean({ locale, suggestion }: { locale: Locale; suggestion: string }) {
  const [before, after] = translator(locale, 'search')('didYouMean', {
    suggestion: '\u0000',
  }).split('\u0000')
  return (
    <p className="search-suggestion">
      {before}
      <Link href={pathsFor(locale).searchResults(suggestion)}>
        <strong>{suggestion}</strong>
      </Link>
      {after}
    </p>
  )
}

function ResultPages({
  locale,
  query,
  page,
  total,
}: {
  locale: Locale
  query: string
  page: number
  total: number
}) {
  if (total <= 1) return null
  const t = translator(locale, 'search')
  const list = translator(locale, 'list')
  const paths = pathsFor(locale)
  return (
    <nav aria-label={list('pagination')} className="pagination">
      {page > 1 && (
        <Link rel="prev" href={paths.searchResults(query, page - 1)}>
          {t('previous')}
        </Link>
      )}
      <span>{t('pageOf', { page, total })}</span>
      {page < total && (
        <Link rel="next" href={paths.searchResults(query, page + 1)}>
          {t('next')}
        </Link>
      )}
    </nav>
  )
}

/** For an empty query or one that found nothing: the topics, and the latest articles. */
async function NothingYet({
  locale,
  searched,
  timeZone,
}: {
  locale: Locale
  searched: boolean
  timeZone: string
}) {
  const t = translator(locale, 'search')
  const [tags, latest] = await Promise.all([allTags(locale), latestArticles(locale, 5)])
  return (
    <>
      <p>{searched ? t('noneHint') : t('emptyIntro')}</p>
      {tags.length > 0 && (
        <section aria-labelledby="search-topics">
          <h2 id="search-topics">{t('topics')}</h2>
          <TagLinks tags={tags} locale={locale} />
        </section>
      )}
      {latest.length > 0 && (
        <section aria-labelledby="search-latest">
          <h2 id="search-latest">{t('latest')}</h2>
          <ArticleList articles={latest} locale={locale} timeZone={timeZone} />
        </section>
      )}
    </>
  )
}
