/** What one prospect waits: sequential contact-form posts, nothing else running. */
import crypto from 'node:crypto'

import { waitUntilSendable } from '../lib/contact-post'

import { freshForms, submitForm } from './form'
import { log } from './settings'
import { spread } from './stats'

const SINGLE_SUBMISSIONS = 50

export type SingleProspect = {
  submissions: number
  failed: number
  p50: number
  p95: number
  max: number
}

export async function measureSingleProspect(siteUrl: string): Promise<SingleProspect> {
  log(`Contact form: ${SINGLE_SUBMISSIONS} submissions one after the other...`)
  const forms = await freshForms(siteUrl, SINGLE_SUBMISSIONS)
  await waitUntilSendable(forms)
  const results = []
  for (const hidden of forms) {
    results.push(await submitForm(siteUrl, hidden, `single-${crypto.randomUUID()}@example.com`))
  }
  return {
    submissions: SINGLE_SUBMISSIONS,
    failed: results.filter((result) => !result.ok).length,
    ...spread(results.map((result) => Math.round(result.ms))),
  }
}
