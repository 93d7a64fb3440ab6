import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/server/payload'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'
import { documentPath, isPublicCollection, pathsFor } from '@/lib/paths'

/**
 * The admin's "Preview" link. Draft mode is turned on only for a signed-in admin or editor (the
 * Payload session cookie); nobody else gets past this, whatever they put in the URL.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const collection = url.searchParams.get('collection')
  const slug = url.searchParams.get('slug') ?? ''
  const asked = url.searchParams.get('locale')
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE
  const target =
    url.searchParams.get('page') === 'home'
      ? pathsFor(locale).homePreview
      : isPublicCollection(collection) && /^[a-z0-9-]+$/.test(slug)
        ? documentPath(collection, slug, locale)
        : null
  if (!target) return new Response('Unknown page to preview', { status: 400 })
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Sign in to /admin to preview drafts', { status: 401 })
  ;(await draftMode()).enable()
  redirect(target)
}
