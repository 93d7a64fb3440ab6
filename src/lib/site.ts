/** The language of every page; dates are formatted in it, always. */
export const SITE_LOCALE = 'en'

const dateFormat = new Intl.DateTimeFormat(SITE_LOCALE, { dateStyle: 'long', timeZone: 'UTC' })

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

export const ARTICLES_PER_PAGE = 10
