import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'

import { ContactForm } from '@/components/ContactForm.client'
import { PageShell } from '@/components/PageShell'
import { getBookingCalendar } from '@/data/booking'
import { getSiteSettings } from '@/data/site-settings'
import { REFUSAL_HEADER, type Refusal } from '@/edge/request-guard'
import { localeOf } from '@/i18n/locale-param'
import { messagesOf, translator } from '@/i18n/translate'
import { getServerEnv } from '@/lib/env'
import { newFormIdentity } from '@/leads/spam'
import { everyLanguage, languageMetadata } from '@/lib/page-metadata'
import { pathsFor } from '@/lib/paths'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const translations = everyLanguage((locale) => pathsFor(locale).contact)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSiteSettings(locale)
  const { form } = messagesOf(locale)
  return {
    title: form.title,
    description: form.description,
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

/** The query as it came, for the form's own address (a no-JS post keeps its attribution). */
function queryOf(params: SearchParams): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      query.append(key, one)
    }
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** What to say when the edge refused a post of this form (src/edge/request-guard.ts). */
const refusalKey = {
  'too-large': 'tooLarge',
  'length-required': 'lengthRequired',
  'foreign-origin': 'foreignOrigin',
  unreadable: 'unreadable',
} as const satisfies Record<Refusal['reason'], string>

/** Rendered per request: each form gets its own idempotency key and signed start time. */
export default async function ContactPage({ params: routeParams, searchParams }: Props) {
  const locale = await localeOf(routeParams)
  const params = await searchParams
  const refused = (await headers()).get(REFUSAL_HEADER) as Refusal['reason'] | null
  const [settings, calendar] = await Promise.all([getSiteSettings(locale), getBookingCalendar()])
  const { form } = messagesOf(locale)
  const booking = translator(locale, 'booking')
  const hidden = {
    ...newFormIdentity(getServerEnv().PAYLOAD_SECRET),
    sourcePage: first(params.from),
    utmSource: first(params.utm_source),
    utmMedium: first(params.utm_medium),
    utmCampaign: first(params.utm_campaign),
    utmTerm: first(params.utm_term),
    utmContent: first(params.utm_content),
    locale,
  }
  const refusal = refused && Object.hasOwn(refusalKey, refused) ? refusalKey[refused] : null
  const telegram = settings.telegram?.replace(/^@/, '')
  // The consent, with its link to the privacy notice in the page's language. A new tab: following
  // it must not cost the visitor what they have typed.
  const consent = translator(locale, 'form').rich('consent', {
    notice: (chunks) => (
      <a href={pathsFor(locale).privacy} target="_blank" rel="noopener">
        {chunks}
      </a>
    ),
  })
  return (
    <PageShell settings={settings} locale={locale} translations={translations}>
      <h1>{form.title}</h1>
      {settings.cta.text && <p className="lede">{settings.cta.text}</p>}
      {refusal && (
        <p role="alert" className="form-error">
          {form.refusals[refusal]}
        </p>
      )}
      <p className="book-instead">
        {booking('fromContact')}{' '}
        <Link href={`${pathsFor(locale).book}${queryOf(params)}`}>
          {booking('fromContactLink', { minutes: calendar.callMinutes })}
        </Link>
      </p>
      <ContactForm
        hidden={hidden}
        texts={form}
        consent={consent}
        permalink={`${pathsFor(locale).contact}${queryOf(params)}`}
      />
      <p className="hint">
        {form.directly} <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
        {telegram && (
          <>
            {' '}
            {form.orTelegram} <a href={`https://t.me/${telegram}`}>@{telegram}</a>
          </>
        )}
        .
      </p>
    </PageShell>
  )
}
