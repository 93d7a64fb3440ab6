export const ARTICLES_PER_PAGE = 10

/** The site's time zone until the owner sets another in the site settings. */
export const DEFAULT_TIME_ZONE = 'Europe/Madrid'

/** The newest articles a feed carries (with their full text). */
export const FEED_ITEMS = 30
