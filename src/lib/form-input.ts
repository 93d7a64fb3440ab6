/**
 * A posted form's text fields as a server action hands them on: a field sent more than once
 * becomes an array (for the pipeline to judge), and files are not text.
 */
export function formInput(formData: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {}
  for (const [key, value] of formData) {
    if (typeof value !== 'string') continue
    const seen = input[key]
    input[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value]
  }
  return input
}
