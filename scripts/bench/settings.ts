/** What `npm run bench` measures and where it writes: the figures every part of it shares. */
import path from 'node:path'

export const ARTICLE_PAGE = '/articles/django-vs-fastapi'
/** The same article in Spanish and Russian (the seeded translations), compared with it. */
export const TRANSLATED_ARTICLES = [
  '/es/articles/django-o-fastapi-que-framework-elegir-para-tu-backend',
  '/ru/articles/django-ili-fastapi-kakoy-freymvork-vybrat-dlya-bekenda',
]
/** A search results page: rendered per request, from PostgreSQL's full-text index. */
const SEARCH_PAGE = '/search?q=django+orm'
export const HOME_PAGE = '/'
/** A seeded case study's page. */
const CASE_STUDY_PAGE = '/cases/fintech-api-n-plus-one-queries'
export const LOAD_PAGES = [
  ARTICLE_PAGE,
  ...TRANSLATED_ARTICLES,
  '/articles',
  HOME_PAGE,
  CASE_STUDY_PAGE,
  SEARCH_PAGE,
]
export const PUBLISH_PAGES = ['/articles', '/']
export const CONNECTIONS = 10
export const WARMUP_SECONDS = 1
export const MAX_DURATION_SECONDS = 120
export const START_TIMEOUT_MS = 8 * 60_000
export const POLL_INTERVAL_MS = 50
export const POLL_TIMEOUT_MS = 30_000
export const LEAD_SUBMISSIONS = 100
export const LEAD_CONCURRENCY = 20
export const RESULT_FILE = path.join('.tmp', 'bench.json')
export const SITE_LOG_FILE = path.join('.tmp', 'bench-site.log')

export const log = (message: string) => console.log(`[bench] ${message}`)
