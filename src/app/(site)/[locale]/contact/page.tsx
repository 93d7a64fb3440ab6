import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { ContactForm } from '@/components/ContactForm.client'
import { getSiteSettings } from '@/data/site-settings'
import { REFUSAL_HEADER, type Refusal } from '@/edge/request-guard'
import { getServerEnv } from '@/lib/env'
import { newFormIdentity } from '@/leads/spam'
import { PageShell } from '@/components/PageShell'
import { localeOf } from '@/i18n/locale-param'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const translations = everyLanguage((locale) => pathsFor(locale).contact)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  return {
    title: 'Request a free consultation',
    description: 'Tell me about your project: a free initial consultation, no obligation.',
    ...languageMetadata({
      locale,
      path: pathsFor(locale).contact,
      translations,
      siteName: settings.siteName,
    }),
  }
}

/**
 * A query value as the form's hidden field: the first one, capped so that a huge link cannot
 * bloat the page. The server action reads each hidden field on its own (leads/attribution.ts):
 * it cuts, drops and notes, so nothing here can cost the lead.
 */
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.slice(0, 2000)

/** What to say when the edge refused a post of this form (src/edge/request-guard.ts). */
const refusalMessages: Record<Refusal['reason'], string> = {
  'too-large':
    'Your request was too large to send: the form takes up to 64 KB. Please shorten the message and send it again.',
  'length-required':
    'Your browser sent the form in a way this site cannot read. Please send it again.',
  'foreign-origin':
    "This form can only be sent from this site's own page. Please fill it in here and send it again.",
  unreadable: 'Your request could not be read. Please fill in the form and send it again.',
}

/** Rendered per request: each form gets its own idempotency key and signed start time. */
export default async function ContactPage({ params: routeParams, searchParams }: Props) {
  const locale = await localeOf(routeParams)
  const params = await searchParams
  const refused = (await headers()).get(REFUSAL_HEADER) as Refusal['reason'] | null
  const settings = await getSiteSettings(locale)
  const hidden = {
    ...newFormIdentity(getServerEnv().PAYLOAD_SECRET),
    sourcePage: first(params.from),
    utmSource: first(params.utm_source),
    utmMedium: first(params.utm_medium),
    utmCampaign: first(params.utm_campaign),
    utmTerm: first(params.utm_term),
    utmContent: first(params.utm_content),
  }
  const telegram = settings.telegram?.replace(/^@/, '')
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <h1>Request a free consultation</h1>
      {settings.cta.text && <p className="lede">{settings.cta.text}</p>}
      {refused && refusalMessages[refused] && (
        <p role="alert" className="form-error">
          {refusalMessages[refused]}
        </p>
      )}
      <ContactForm
        hidden={hidden}
        consentText="I agree that what I send here is stored to answer my request, and deleted after 12 months unless we work together."
      />
      <p className="hint">
        Prefer to write directly?{' '}
        <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
        {telegram && (
          <>
            {' '}
            or Telegram <a href={`https://t.me/${telegram}`}>@{telegram}</a>
          </>
        )}
        .
      </p>
    </PageShell>
  )
}
