/**
 * The home page's draft, for the admin's Preview and live preview (through /api/preview?page=home).
 * A page of its own, so the public home page carries none of the preview's client code; anyone but
 * a signed-in editor in draft mode gets the 404.
 */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HomeSections } from '@/components/HomeSections'
import { PageShell } from '@/components/PageShell'
import { PreviewBanner } from '@/components/PreviewBanner'
import { getHomeSections, mayPreviewHome } from '@/data/home'
import { getSiteSettings } from '@/data/site-settings'
import { localeOf } from '@/i18n/locale-param'
import { everyLanguage } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

const translations = everyLanguage((locale) => pathsFor(locale).homePreview)

export const metadata: Metadata = { robots: { index: false, follow: false } }

export default async function HomePreviewPage({ params }: Props) {
  const locale = await localeOf(params)
  if (!(await mayPreviewHome())) notFound()
  const settings = await getSiteSettings(locale)
  const sections = await getHomeSections(locale, settings, 'draft')
  const home = pathsFor(locale).home
  return (
    <PageShell settings={settings} locale={locale} translations={translations} wide>
      <PreviewBanner path={home} isDraft locale={locale} />
      <HomeSections sections={sections} settings={settings} locale={locale} from={home} />
    </PageShell>
  )
}
