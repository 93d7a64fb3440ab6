/**
 * The contact form under load: 100 submissions 20 at a time and how long after each the owner's
 * email reaches the SMTP sink; then one prospect's wait and the article under submissions.
 */
import crypto from 'node:crypto'

import { waitUntilSendable } from '../lib/contact-post'
import { sleep } from '../lib/processes'
import type { SmtpSink } from '../lib/smtp-sink'

import { type ArticleUnderSubmissions, measureArticleUnderSubmissions } from './busy'
import { freshForms, submitForm } from './form'
import { measureSingleProspect, type SingleProspect } from './prospect'
import { LEAD_CONCURRENCY, LEAD_SUBMISSIONS, log, POLL_TIMEOUT_MS } from './settings'
import { spread } from './stats'

export type LeadFigures = {
  /** 50 no-JavaScript posts one after the other: what one prospect waits. */
  single: SingleProspect
  /** The article's latency alone, then while 20 submissions at a time run. */
  articleUnderSubmissions: ArticleUnderSubmissions
  submissions: number
  concurrency: number
  failed: number
  submitMs: { p50: number; p95: number; max: number }
  ownerEmailMs: { p50: number; p95: number; max: number; received: number }
}

export async function measureLeads(siteUrl: string, sink: SmtpSink): Promise<LeadFigures> {
  log(`Contact form: ${LEAD_SUBMISSIONS} submissions, ${LEAD_CONCURRENCY} at a time...`)
  // Forms are fetched first: the site refuses anything sent too soon after rendering it (bots).
  const forms = await freshForms(siteUrl, LEAD_SUBMISSIONS)
  await waitUntilSendable(forms)
  const emails = forms.map(() => `bench-${crypto.randomUUID()}@example.com`)
  const results: Awaited<ReturnType<typeof submitForm>>[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: LEAD_CONCURRENCY }, async () => {
      while (next < forms.length) {
        const index = next++
        results[index] = await submitForm(siteUrl, forms[index], emails[index])
      }
    }),
  )
  const deadline = Date.now() + POLL_TIMEOUT_MS
  const ownerMail = (email: string) =>
    sink.messages.find((mail) => mail.replyTo?.value[0]?.address === email)
  while (Date.now() < deadline && emails.some((email) => !ownerMail(email))) await sleep(50)
  const delays = emails.flatMap((email, index) => {
    const mail = ownerMail(email)
    return mail?.receivedAt ? [mail.receivedAt - results[index].sentAt] : []
  })
  const single = await measureSingleProspect(siteUrl)
  const articleUnderSubmissions = await measureArticleUnderSubmissions(siteUrl)
  return {
    single,
    articleUnderSubmissions,
    submissions: LEAD_SUBMISSIONS,
    concurrency: LEAD_CONCURRENCY,
    failed: results.filter((result) => !result.ok).length,
    submitMs: spread(results.map((result) => Math.round(result.ms))),
    ownerEmailMs: { ...spread(delays.map(Math.round)), received: delays.length },
  }
}
