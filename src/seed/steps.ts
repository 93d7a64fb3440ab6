import type { Payload } from 'payload'

import { blocksOf } from '../lib/lexical'

import { articles } from './content/articles'
import { availability } from './content/availability'
import { author } from './content/author'
import { caseStudies } from './content/case-studies'
import { comparisons } from './content/comparisons'
import { home, homeLayout } from './content/home'
import { siteSettings } from './content/site-settings'
import { tags } from './content/tags'
import { testimonials } from './content/testimonials'
import { es } from './content/translations/es'
import { ru } from './content/translations/ru'
import type { LexicalDocument } from './lexical'
import type { SeedStep } from './index'
import type { SeedTranslation } from './types'

const context = { disableRevalidate: true }

/** The languages besides English, with their translations of the demo content. */
const translations = [
  ['es', es],
  ['ru', ru],
] as const

async function idBySlug(
  payload: Payload,
  collection: 'tags' | 'authors' | 'comparisons',
  slug: string,
) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`seed: no ${collection} with slug "${slug}"`)
  return docs[0].id
}

async function exists(
  payload: Payload,
  collection: 'tags' | 'authors' | 'comparisons' | 'articles' | 'case-studies',
  slug: string,
) {
  const { totalDocs } = await payload.count({ collection, where: { slug: { equals: slug } } })
  return totalDocs > 0
}

/** The testimonial of that name (the seed's own key for them), if there is one. */
async function testimonialId(payload: Payload, name: string) {
  const { docs } = await payload.find({
    collection: 'testimonials',
    where: { name: { equals: name } },
    limit: 1,
    depth: 0,
  })
  return docs[0]?.id
}

/** A textarea's text from its paragraphs: a blank line between each. */
const paragraphs = (texts: string[]) => texts.join('\n\n')

/** The comparison slug a seed comparisonTable block names (`{ comparison: { slug } }`), if any. */
const seedSlugOf = (ref: unknown) =>
  typeof ref === 'object' && ref !== null && 'slug' in ref && typeof ref.slug === 'string'
    ? ref.slug
    : undefined

/** The body with each comparisonTable's `{ comparison: { slug } }` replaced by the comparison's id. */
async function resolveComparisons(payload: Payload, body: LexicalDocument) {
  // A copy: the demo content stays as written for the next database this process seeds.
  const resolved = structuredClone(body)
  for (const table of blocksOf(resolved, 'comparisonTable')) {
    const slug = seedSlugOf(table.fields.comparison)
    if (slug) table.fields.comparison = await idBySlug(payload, 'comparisons', slug)
  }
  return resolved
}

export const demoSteps: SeedStep[] = [
  {
    name: 'site settings',
    isPresent: async (payload) =>
      Boolean((await payload.findGlobal({ slug: 'site-settings' })).siteName),
    run: async (payload) => {
      await payload.updateGlobal({ slug: 'site-settings', data: siteSettings, context })
    },
  },
  {
    name: 'availability',
    isPresent: async (payload) =>
      ((await payload.findGlobal({ slug: 'availability' })).weeklyHours?.length ?? 0) > 0,
    run: async (payload) => {
      await payload.updateGlobal({ slug: 'availability', data: availability, context })
    },
  },
  {
    name: 'tags',
    isPresent: async (payload) => (await payload.count({ collection: 'tags' })).totalDocs > 0,
    run: async (payload) => {
      for (const tag of tags) {
        if (!(await exists(payload, 'tags', tag.slug))) {
          await payload.create({ collection: 'tags', data: tag, context })
        }
      }
    },
  },
  {
    name: 'author',
    isPresent: async (payload) => (await payload.count({ collection: 'authors' })).totalDocs > 0,
    run: async (payload) => {
      await payload.create({ collection: 'authors', data: author, context })
    },
  },
  {
    name: 'comparisons',
    isPresent: async (payload) =>
      (await payload.count({ collection: 'comparisons' })).totalDocs > 0,
    run: async (payload) => {
      for (const comparison of comparisons) {
        if (await exists(payload, 'comparisons', comparison.slug)) continue
        await payload.create({
          collection: 'comparisons',
          data: { ...comparison, _status: 'published' },
          context,
        })
      }
    },
  },
  {
    name: 'articles',
    isPresent: async (payload) => (await payload.count({ collection: 'articles' })).totalDocs > 0,
    run: async (payload) => {
      const authorId = await idBySlug(payload, 'authors', author.slug)
      for (const article of articles) {
        if (await exists(payload, 'articles', article.slug)) continue
        const tagIds = await Promise.all(
          article.tags.map((slug) => idBySlug(payload, 'tags', slug)),
        )
        const { root } = await resolveComparisons(payload, article.body)
        await payload.create({
          collection: 'articles',
          data: {
            title: article.title,
            slug: article.slug,
            description: article.description,
            publishedAt: new Date(`${article.publishedAt}T09:00:00.000Z`).toISOString(),
            tags: tagIds,
            author: authorId,
            body: { root } as never,
            _status: 'published',
          },
          context,
        })
      }
    },
  },
  {
    name: 'translations',
    isPresent: async (payload) =>
      Boolean(
        (await payload.findGlobal({ slug: 'site-settings', locale: 'es', fallbackLocale: false }))
          .tagline,
      ),
    run: async (payload) => {
      await translate(payload, 'es', es)
      await translate(payload, 'ru', ru)
    },
  },
  {
    name: 'testimonials',
    isPresent: async (payload) =>
      (await payload.count({ collection: 'testimonials' })).totalDocs > 0,
    run: async (payload) => {
      for (const testimonial of testimonials) {
        if (await testimonialId(payload, testimonial.name)) continue
        const { id } = await payload.create({
          collection: 'testimonials',
          data: { ...testimonial, consent: true, consentNote: 'Demo content' },
          context,
        })
        for (const [locale, t] of translations) {
          const { quote, role } = t.testimonials[testimonial.name]
          await payload.update({
            collection: 'testimonials',
            id,
            locale,
            data: { quote, role },
            context,
          })
        }
      }
    },
  },
  {
    // After tags and testimonials: each case study links its own.
    name: 'case studies',
    isPresent: async (payload) =>
      (await payload.count({ collection: 'case-studies' })).totalDocs > 0,
    run: async (payload) => {
      for (const study of caseStudies) {
        if (await exists(payload, 'case-studies', study.slug)) continue
        const tagIds = await Promise.all(study.tags.map((slug) => idBySlug(payload, 'tags', slug)))
        const english = await payload.create({
          collection: 'case-studies',
          data: {
            title: study.title,
            slug: study.slug,
            client: study.client,
            summary: study.summary,
            problem: paragraphs(study.problem),
            work: paragraphs(study.work),
            outcomes: study.outcomes,
            tags: tagIds,
            testimonial: await testimonialId(payload, study.testimonial),
            publishedAt: new Date(`${study.publishedAt}T09:00:00.000Z`).toISOString(),
            _status: 'published',
          },
          context,
        })
        // Each language is published on its own, like the articles'; the outcomes are the same
        // rows, with their texts in that language.
        for (const [locale, t] of translations) {
          const translated = t.caseStudies[study.slug]
          await payload.update({
            collection: 'case-studies',
            id: english.id,
            locale,
            data: {
              title: translated.title,
              slug: translated.slug,
              client: translated.client,
              summary: translated.summary,
              problem: paragraphs(translated.problem),
              work: paragraphs(translated.work),
              outcomes: english.outcomes.map((row, i) => ({
                id: row.id,
                ...translated.outcomes[i],
              })),
              _status: 'published',
            },
            publishSpecificLocale: locale,
            context,
          })
        }
      }
    },
  },
  {
    // Present once the home page has been saved at all (a draft included): an owner's own home
    // page, in any language, is never replaced by the demo one.
    name: 'home page',
    isPresent: async (payload) =>
      (await payload.findGlobalVersions({ slug: 'home', limit: 1, depth: 0 })).totalDocs > 0,
    run: async (payload) => {
      // One write per language: the layout is localized, so each leaves the others as they are.
      const homes = [
        ['en', home],
        ['es', es.home],
        ['ru', ru.home],
      ] as const
      for (const [locale, texts] of homes) {
        await payload.updateGlobal({
          slug: 'home',
          locale,
          data: { layout: homeLayout(texts), _status: 'published' },
          context,
        })
      }
    },
  },
]

/**
 * One language of the demo content, over the English documents: settings, tags, author and
 * comparisons whole; the articles it has, each published in that language on its own (the
 * others stay English only).
 */
async function translate(payload: Payload, locale: 'es' | 'ru', t: SeedTranslation) {
  const english = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale,
    data: {
      tagline: t.siteSettings.tagline,
      intro: t.siteSettings.intro,
      cta: { ...english.cta, ...t.siteSettings.cta },
      navigation: (english.navigation ?? []).map((item, i) => ({
        id: item.id,
        url: item.url,
        label: t.siteSettings.navigation[i] ?? item.label,
      })),
    },
    context,
  })
  for (const [slug, tag] of Object.entries(t.tags)) {
    const id = await idBySlug(payload, 'tags', slug)
    await payload.update({ collection: 'tags', id, locale, data: tag, context })
  }
  const authorId = await idBySlug(payload, 'authors', author.slug)
  await payload.update({ collection: 'authors', id: authorId, locale, data: t.author, context })
  for (const [slug, comparison] of Object.entries(t.comparisons)) {
    const id = await idBySlug(payload, 'comparisons', slug)
    const current = await payload.findByID({
      collection: 'comparisons',
      id,
      locale: 'en',
      depth: 0,
    })
    await payload.update({
      collection: 'comparisons',
      id,
      locale,
      data: {
        title: comparison.title,
        slug: comparison.slug,
        intro: comparison.intro,
        verdict: comparison.verdict,
        rows: current.rows.map((row, i) => ({ ...row, ...comparison.rows[i] })),
        _status: 'published',
      },
      publishSpecificLocale: locale,
      context,
    })
  }
  for (const [slug, article] of Object.entries(t.articles)) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      locale: 'en',
      limit: 1,
      depth: 0,
    })
    if (!docs[0]) throw new Error(`seed: no article with slug "${slug}"`)
    const { root } = await resolveComparisons(payload, article.body)
    await payload.update({
      collection: 'articles',
      id: docs[0].id,
      locale,
      data: {
        title: article.title,
        slug: article.slug,
        description: article.description,
        body: { root } as never,
        _status: 'published',
      },
      publishSpecificLocale: locale,
      context,
    })
  }
}
