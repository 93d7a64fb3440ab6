import type { MetadataRoute } from 'next'

import { allArticles } from '@/data/articles'
import { allCaseStudies } from '@/data/case-studies'
import { allComparisons } from '@/data/comparisons'
import { allTags } from '@/data/tags'
import { absoluteUrl } from '@/lib/absolute-url'
import { DEFAULT_LOCALE, type Locale, LOCALES } from '@/lib/locales'
import { pathsFor, type Paths } from '@/lib/paths'

type Entry = MetadataRoute.Sitemap[number]
type Doc = { id: number; slug: string; updatedAt: string }

/**
 * Every public page in every language it exists in, each with its translations as hreflang
 * alternates (itself and x-default = English included), so they are reciprocal by construction.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const byLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const [articles, comparisons, cases, tags] = await Promise.all([
        allArticles(locale),
        allComparisons(locale),
        allCaseStudies(locale),
        allTags(locale),
      ])
      return { locale, articles, comparisons, cases, tags }
    }),
  )

  /** One entry per language of a page; `pathIn` gives its address there, or null. */
  function entries(
    pathIn: (locale: Locale) => string | null,
    extra: (locale: Locale) => Partial<Entry>,
  ): Entry[] {
    const languages: Record<string, string> = {}
    for (const locale of LOCALES) {
      const path = pathIn(locale)
      if (path) languages[locale] = absoluteUrl(path)
    }
    if (languages[DEFAULT_LOCALE]) languages['x-default'] = languages[DEFAULT_LOCALE]
    return LOCALES.flatMap((locale) => {
      const path = pathIn(locale)
      return path ? [{ url: absoluteUrl(path), alternates: { languages }, ...extra(locale) }] : []
    })
  }

  /** The documents of a collection, each with its slug per language. */
  function documents(pick: (set: (typeof byLocale)[number]) => Doc[], to: keyof Paths) {
    const slugs = new Map<number, Partial<Record<Locale, Doc>>>()
    for (const set of byLocale) {
      for (const doc of pick(set)) slugs.set(doc.id, { ...slugs.get(doc.id), [set.locale]: doc })
    }
    const link = (locale: Locale, slug: string) =>
      (pathsFor(locale)[to] as (s: string) => string)(slug)
    return [...slugs.values()].flatMap((perLocale) =>
      entries(
        (locale) => (perLocale[locale] ? link(locale, perLocale[locale].slug) : null),
        (locale) => ({ lastModified: perLocale[locale]?.updatedAt }),
      ),
    )
  }

  const newest = (locale: Locale) =>
    byLocale.find((set) => set.locale === locale)?.articles[0]?.updatedAt
  return [
    ...entries(
      (locale) => pathsFor(locale).home,
      (locale) => ({ lastModified: newest(locale), changeFrequency: 'weekly', priority: 1 }),
    ),
    ...entries(
      (locale) => pathsFor(locale).articles,
      (locale) => ({ lastModified: newest(locale), changeFrequency: 'weekly', priority: 0.8 }),
    ),
    ...documents((set) => set.articles, 'article').map((entry) => ({ ...entry, priority: 0.9 })),
    ...documents((set) => set.comparisons, 'comparison').map((entry) => ({
      ...entry,
      priority: 0.7,
    })),
    ...entries(
      (locale) => pathsFor(locale).cases,
      (locale) => ({
        lastModified: byLocale.find((set) => set.locale === locale)?.cases[0]?.updatedAt,
      }),
    ),
    ...documents((set) => set.cases, 'caseStudy').map((entry) => ({ ...entry, priority: 0.8 })),
    ...documents((set) => set.tags, 'tag').map((entry) => ({ ...entry, priority: 0.5 })),
    ...entries(
      (locale) => pathsFor(locale).book,
      () => ({ priority: 0.6 }),
    ),
    ...entries(
      (locale) => pathsFor(locale).contact,
      () => ({ priority: 0.6 }),
    ),
    ...entries(
      (locale) => pathsFor(locale).privacy,
      () => ({ priority: 0.2 }),
    ),
  ]
}
