/**
 * One case study: the client, the problem, what was done, the outcomes as figures, the
 * technologies, what the client said, and the way to a call. Pre-rendered, revalidated on publish.
 */
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { Outcomes } from '@/components/Outcomes'
import { PageShell } from '@/components/PageShell'
import { Paragraphs } from '@/components/Paragraphs'
import { PreviewBanner } from '@/components/PreviewBanner'
import { TagLinks } from '@/components/TagLinks'
import { TestimonialQuote } from '@/components/TestimonialQuote'
import { allCaseStudies, getCaseStudyBySlug } from '@/data/case-studies'
import { findRedirect } from '@/data/redirects'
import { getSiteSettings } from '@/data/site-settings'
import { quotedIn } from '@/data/testimonials'
import { slugFromOtherLanguage, translationPaths } from '@/data/translations'
import { getViewer } from '@/data/viewer'
import { localeOf } from '@/i18n/locale-param'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'
import { languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'
import { caseStudyArticle } from '@/lib/structured-data'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await allCaseStudies(params.locale as Locale)).map((study) => ({ slug: study.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const study = await getCaseStudyBySlug(locale, (await params).slug)
  if (!study) return {}
  const [settings, translations] = await Promise.all([
    getSiteSettings(locale),
    translationPaths('case-studies', study.id),
  ])
  const path = pathsFor(locale).caseStudy(study.slug)
  const language = languageMetadata({ locale, path, translations, siteName: settings.siteName })
  return {
    title: study.title,
    description: study.summary,
    alternates: language.alternates,
    openGraph: {
      ...language.openGraph,
      type: 'article',
      title: study.title,
      description: study.summary,
    },
    twitter: { card: 'summary', title: study.title, description: study.summary },
  }
}

export default async function CaseStudyPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const paths = pathsFor(locale)
  const study = await getCaseStudyBySlug(locale, slug)
  if (!study) {
    const moved =
      (await findRedirect(paths.caseStudy(slug), locale)) ??
      (await slugFromOtherLanguage('case-studies', slug, locale).then(
        (own) => own && paths.caseStudy(own),
      ))
    if (moved) permanentRedirect(moved)
    notFound()
  }
  const [settings, viewer, translations] = await Promise.all([
    getSiteSettings(locale),
    getViewer(),
    translationPaths('case-studies', study.id),
  ])
  const t = translator(locale, 'cases')
  const path = paths.caseStudy(study.slug)
  const testimonial = quotedIn(study.testimonial) ? study.testimonial : null
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <article className="case-study">
        {viewer.draft && (
          <PreviewBanner path={path} isDraft={study._status === 'draft'} locale={locale} />
        )}
        <Breadcrumbs
          trail={[
            { name: translator(locale, 'site')('home'), path: paths.home },
            { name: t('title'), path: paths.cases },
          ]}
          current={{ name: study.title, path }}
          locale={locale}
        />
        <header>
          <p className="eyebrow">
            {t('client')}: {study.client}
          </p>
          <h1>{study.title}</h1>
          <p className="lede">{study.summary}</p>
        </header>
        <section aria-labelledby="outcomes-title">
          <h2 id="outcomes-title">{t('outcomes')}</h2>
          <Outcomes outcomes={study.outcomes} large />
        </section>
        <section aria-labelledby="problem-title">
          <h2 id="problem-title">{t('problem')}</h2>
          <Paragraphs text={study.problem} />
        </section>
        <section aria-labelledby="work-title">
          <h2 id="work-title">{t('work')}</h2>
          <Paragraphs text={study.work} />
        </section>
        {(study.tags ?? []).length > 0 && (
          <section aria-labelledby="technologies-title">
            <h2 id="technologies-title">{t('technologies')}</h2>
            <TagLinks tags={study.tags} locale={locale} />
          </section>
        )}
        {testimonial && <TestimonialQuote testimonial={testimonial} />}
        <CallToAction defaults={settings.cta} from={path} locale={locale} />
        <JsonLd data={caseStudyArticle(study, locale, settings.ownerName)} />
      </article>
    </PageShell>
  )
}
