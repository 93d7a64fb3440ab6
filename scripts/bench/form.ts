/** The contact form as the bench sends it: fresh forms first, then no-JavaScript form posts. */
import { freshForm, type HiddenFields, postForm } from '../lib/contact-post'

/** `count` freshly rendered forms, fetched `atOnce` at a time. */
export async function freshForms(siteUrl: string, count: number, atOnce = count) {
  const forms: HiddenFields[] = []
  for (let i = 0; i < count; i += atOnce) {
    const batch = Math.min(atOnce, count - i)
    forms.push(...(await Promise.all(Array.from({ length: batch }, () => freshForm(siteUrl)))))
  }
  return forms
}

/** Posts the form as a browser without JavaScript does; resolves with the ms it took. */
export async function submitForm(siteUrl: string, hidden: HiddenFields, email: string) {
  const result = await postForm(siteUrl, hidden, { name: 'Bench Prospect', email })
  return { ms: result.ms, ok: result.status === 200 && result.sent, sentAt: Date.now() - result.ms }
}
