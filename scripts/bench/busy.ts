/** The article's latency on its own, then while prospects submit the contact form 20 at a time. */
import crypto from 'node:crypto'

import { waitUntilSendable } from '../lib/contact-post'

import { freshForms, submitForm } from './form'
import { type Load, measureLoad } from './load'
import { ARTICLE_PAGE, LEAD_CONCURRENCY, log } from './settings'

const BUSY_SECONDS = 5
/** More forms than 20 submitters can send in BUSY_SECONDS. */
const BUSY_FORMS = 400

export type ArticleUnderSubmissions = {
  idle: Load
  busy: Load
  submissions: number
  failed: number
}

export async function measureArticleUnderSubmissions(
  siteUrl: string,
): Promise<ArticleUnderSubmissions> {
  log(
    `Article alone, then with ${LEAD_CONCURRENCY} submissions at a time (${BUSY_SECONDS} s each)...`,
  )
  const idle = await measureLoad(siteUrl + ARTICLE_PAGE, BUSY_SECONDS)
  const forms = await freshForms(siteUrl, BUSY_FORMS, LEAD_CONCURRENCY)
  await waitUntilSendable(forms)
  let running = true
  let next = 0
  const results: boolean[] = []
  const submitters = Array.from({ length: LEAD_CONCURRENCY }, async () => {
    while (running && next < forms.length) {
      const hidden = forms[next++]
      const result = await submitForm(siteUrl, hidden, `busy-${crypto.randomUUID()}@example.com`)
      results.push(result.ok)
    }
  })
  const busy = await measureLoad(siteUrl + ARTICLE_PAGE, BUSY_SECONDS)
  running = false
  await Promise.all(submitters)
  return { idle, busy, submissions: results.length, failed: results.filter((ok) => !ok).length }
}
