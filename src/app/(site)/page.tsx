import type { Metadata } from 'next'
import Link from 'next/link'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { ArticleList } from '@/components/ArticleList'
import { JsonLd } from '@/components/JsonLd'
import { latestArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/site-settings'
import { getServerEnv } from '@/lib/env'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { alternates: { canonical: paths.home } }

export default async function HomePage() {
  const [settings, articles] = await Promise.all([getSiteSettings(), latestArticles(5)])
  const siteUrl = getServerEnv().SITE_URL
  return (
    <>
      <section className="hero">
        <h1>{settings.ownerName}</h1>
        {settings.tagline && <p className="tagline">{settings.tagline}</p>}
        {settings.intro && <p>{settings.intro}</p>}
      </section>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">Latest articles</h2>
        <ArticleList articles={articles} headingLevel={3} />
        <p>
          <Link href={paths.articles}>All articles →</Link>
        </p>
      </section>
      <CallToAction defaults={settings.cta} from={paths.home} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: settings.siteName,
          url: siteUrl,
          author: { '@type': 'Person', name: settings.ownerName },
        }}
      />
    </>
  )
}
