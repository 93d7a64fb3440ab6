/** All case studies in the page's language, newest first: pre-rendered, revalidated on publish. */
import type { Metadata } from 'next'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CaseStudyCards } from '@/components/CaseStudyCards'
import { PageShell } from '@/components/PageShell'
import { allCaseStudies } from '@/data/case-studies'
import { getSiteSettings } from '@/data/site-settings'
import { localeOf } from '@/i18n/locale-param'
import { translator } from '@/i18n/translate'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

const translations = everyLanguage((locale) => pathsFor(locale).cases)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  const t = translator(locale, 'cases')
  return {
    title: t('title'),
    description: t('intro'),
    ...languageMetadata({
      locale,
      path: pathsFor(locale).cases,
      translations,
      siteName: settings.siteName,
    }),
  }
}

export default async function CasesPage({ params }: Props) {
  const locale = await localeOf(params)
  const [settings, cases] = await Promise.all([getSiteSettings(locale), allCaseStudies(locale)])
  const paths = pathsFor(locale)
  const t = translator(locale, 'cases')
  return (
    <PageShell settings={settings} locale={locale} translations={translations} wide>
      <Breadcrumbs
        trail={[{ name: translator(locale, 'site')('home'), path: paths.home }]}
        current={{ name: t('title'), path: paths.cases }}
        locale={locale}
      />
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {cases.length > 0 ? (
        <CaseStudyCards cases={cases} locale={locale} headingLevel={2} />
      ) : (
        <p>{t('none')}</p>
      )}
      <CallToAction defaults={settings.cta} from={paths.cases} locale={locale} />
    </PageShell>
  )
}
