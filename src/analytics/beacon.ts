/**
 * What a page-view beacon (POST /api/views, sent by ViewBeacon.client.tsx) may carry, and when
 * it is not counted: pure functions of its headers and body, so the rules read in one place.
 *
 * Counted: a browser showing a public page. Not counted: bots (by user agent), prefetches and
 * prerenders nobody looked at, signed-in editors (the admin's session cookie) and draft previews,
 * visitors who ask not to be tracked (`DNT: 1`, `Sec-GPC: 1`), and posts from another site's
 * pages. Nothing personal is kept: the page's path, the referring page's host (no path, no
 * query), and a cleaned, short `utm_source`.
 */
import { isbot } from 'isbot'

import { DEFAULT_LOCALE, type Locale, LOCALES } from '@/lib/locales'

/** The most a beacon's body may be: a path, a host and a tag fit in a fraction of it. */
export const BEACON_BODY_LIMIT = 2_048

const MAX_PATH = 300
const MAX_HOST = 253
const MAX_UTM_SOURCE = 40

export type View = { path: string; locale: Locale; referrerHost: string; utmSource: string }

/** The session cookie of the admin, and Next's draft-mode cookie. */
const EDITOR_COOKIES = /(?:^|;\s*)(?:payload-token|__prerender_bypass)=/

/** Why the request is not a view to count, from its headers alone; null when it is. */
export function ignoredBecause(headers: Headers): string | null {
  if (headers.get('dnt') === '1' || headers.get('sec-gpc') === '1') return 'do-not-track'
  const purpose = ['sec-purpose', 'purpose', 'x-purpose', 'x-moz']
    .map((name) => headers.get(name) ?? '')
    .join(' ')
  if (/prefetch|prerender|preview/i.test(purpose) || headers.has('next-router-prefetch')) {
    return 'prefetch'
  }
  const agent = headers.get('user-agent') ?? ''
  if (!agent || isbot(agent)) return 'bot'
  if (EDITOR_COOKIES.test(headers.get('cookie') ?? '')) return 'editor'
  // A page of another site making its visitors' browsers post here.
  const site = headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin') return 'foreign'
  const origin = headers.get('origin')
  if (origin !== null && hostOf(origin) !== headers.get('host')?.toLowerCase()) return 'foreign'
  return null
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * The view a beacon's JSON body describes (`{ p: path, r?: referrer host, u?: utm_source }`), or
 * null when it is not one (then the request is a 400). A path is only the shape of one of the
 * site's addresses here; whether the page exists is the store's question (pages.ts).
 */
export function viewOf(body: unknown): View | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const { p, r, u } = body as Record<string, unknown>
  if (typeof p !== 'string' || p.length > MAX_PATH) return null
  if ((r !== undefined && typeof r !== 'string') || (u !== undefined && typeof u !== 'string')) {
    return null
  }
  const path = p.length > 1 ? p.replace(/\/$/, '') : p
  if (!/^\/[a-z0-9/-]*$/.test(path) || path.includes('//')) return null
  return {
    path,
    locale: localeOfPath(path),
    referrerHost: referrerHost(r ?? ''),
    utmSource: utmSource(u ?? ''),
  }
}

/** `/es/…` is Spanish, `/ru/…` Russian, anything else English. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1]
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && locale === first) ?? DEFAULT_LOCALE
}

/**
 * A host name, lower case, without port, credentials, path or query; '' for anything else (a
 * direct visit, or something that is not a host). A full URL is cut down to its host.
 */
export function referrerHost(value: string): string {
  let host = value.trim().toLowerCase()
  if (host.includes('/')) host = hostOf(host) ?? ''
  host = host.replace(/:\d+$/, '')
  if (host.length > MAX_HOST || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(host)) return ''
  return host
}

/**
 * `utm_source` as counted: lower case, letters, digits, `.`, `_` and `-` only (anything else
 * becomes `-`), at most 40 characters; '' when nothing is left, or when it holds an email
 * address (a person's, which is not ours to keep).
 */
export function utmSource(value: string): string {
  if (value.includes('@')) return ''
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_UTM_SOURCE)
    .replace(/-+$/, '')
}
