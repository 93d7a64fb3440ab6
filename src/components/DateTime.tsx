import { formatDate } from '@/lib/site'

/** A date in the page's language, machine-readable too. */
export function DateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>
}
