/**
 * A posted form's text fields as a server action hands them on: a field sent more than once
 * becomes an array (for the pipeline to judge), and files are not text. The form pages carry the
 * campaign of their address (`?from=…&utm_source=…`) in one hidden field, `campaign`
 * (src/lib/form-stamp.ts); it becomes the lead's fields (the page the visitor came from, the UTM
 * tags), where the form did not send a field of that name itself.
 */
import { attributionFields } from './form-stamp'

export function formInput(formData: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {}
  for (const [key, value] of formData) {
    if (typeof value !== 'string') continue
    const seen = input[key]
    input[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value]
  }
  const { campaign, ...fields } = input
  const query = Array.isArray(campaign) ? campaign[0] : campaign
  return { ...attributionFields(query ?? ''), ...fields }
}
