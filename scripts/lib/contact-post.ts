/**
 * The contact form as a browser without JavaScript sends it, over plain HTTP: fetch a fresh form
 * (its hidden fields: the server action's reference, the idempotency key, the signed start time),
 * then post it. For the benchmark and the tests that need many real submissions quickly.
 */
import { MIN_FILL_MS } from '../../src/leads/spam'

import { tagsIn } from './html'
import { sleep } from './processes'

export type HiddenFields = [string, string][]

/** A little over the minimum, so that a form is never sent on the very millisecond it turns valid. */
const FILL_MARGIN_MS = 200

/**
 * When a form may be sent: the site refuses anything sent sooner than MIN_FILL_MS after it
 * rendered the form (bots are that fast, people are not), and signs that moment into `formToken`
 * (`<ms>.<signature>`).
 */
export function sendableAt(formToken: string): number {
  return Number(formToken.split('.')[0]) + MIN_FILL_MS + FILL_MARGIN_MS
}

/** Waits until every one of these freshly fetched forms may be sent. */
export async function waitUntilSendable(forms: HiddenFields[]) {
  const latest = Math.max(0, ...forms.map((hidden) => sendableAt(formTokenOf(hidden))))
  await sleep(Math.max(0, latest - Date.now()))
}

function formTokenOf(hidden: HiddenFields): string {
  const token = new Map(hidden).get('formToken')
  if (!token) throw new Error('The form has no formToken field.')
  return token
}

/** The hidden fields of a freshly rendered form. */
export async function freshForm(siteUrl: string, path = '/contact'): Promise<HiddenFields> {
  const response = await fetch(`${siteUrl}${path}`, { headers: { 'accept-encoding': 'identity' } })
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}.`)
  const html = await response.text()
  return tagsIn(html, ['input'])
    .map(({ attributes }) => attributes)
    .filter((attributes) => attributes.type === 'hidden' && attributes.name)
    .map((attributes) => [attributes.name, attributes.value ?? ''])
}

const validAnswers = {
  name: 'Test Prospect',
  projectType: 'new-product',
  message: 'A test submission with enough words to pass validation.',
  preferredContact: 'email',
  consent: 'on',
}

/**
 * Posts the form; resolves with the status, whether the page says it was sent, and the ms it
 * took. A connection that breaks rejects.
 */
export async function postForm(
  siteUrl: string,
  hidden: HiddenFields,
  answers: Record<string, string>,
  options: { path?: string; headers?: Record<string, string> } = {},
) {
  const path = options.path ?? '/contact'
  const form = new FormData()
  for (const [name, value] of hidden) form.append(name, value)
  for (const [name, value] of Object.entries({ ...validAnswers, ...answers })) {
    form.append(name, value)
  }
  const startedAt = performance.now()
  const response = await fetch(`${siteUrl}${path}`, {
    method: 'POST',
    body: form,
    headers: { Accept: 'text/html', Origin: siteUrl, ...options.headers },
  })
  const html = await response.text()
  const ms = performance.now() - startedAt
  return { status: response.status, sent: html.includes('Request sent'), html, ms }
}
