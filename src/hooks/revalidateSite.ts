/**
 * Publishing is instant everywhere: any content change marks every public page stale (home,
 * lists, tag and comparison pages, articles that embed a comparison, sitemap, feed). Pages are
 * re-rendered on their next request. Invalidating the whole site is always right, and cheap for
 * a site of this size; working out exactly which lists a change touches is where stale pages
 * come from.
 *
 * Where the change is made decides how: a write through the REST or GraphQL API runs inside a
 * Next request, which revalidates directly; a write through the local API (the jobs queue's
 * scheduled publishing, `npm run jobs`) runs outside one and asks the running site over HTTP.
 * With replicas, the shared HTTP cache in front is emptied too, by the page cache once it has
 * marked the pages stale (src/cache/next-cache-handler.mjs).
 * Writes that need neither (seed, tests) pass `context: { disableRevalidate: true }`.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { requestSiteRevalidation } from '@/lib/site-revalidation'

async function revalidateAll(req: PayloadRequest, context: Record<string, unknown>) {
  if (context.disableRevalidate) return
  if (req.payloadAPI !== 'local') {
    const { revalidatePath } = await import('next/cache')
    revalidatePath('/', 'layout')
    return
  }
  const outcome = await requestSiteRevalidation()
  if (!outcome.ok) {
    // The change is saved; only the cached pages could not be told. Said, not swallowed.
    req.payload.logger.warn(`Pages not marked stale (is the site running?): ${outcome.reason}`)
  }
}

export const revalidateSite: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (isPrivateDraft(doc, previousDoc)) return doc
  await revalidateAll(req, context)
  return doc
}

/** Saving (or autosaving) a draft of something that is not live changes no public page. */
const isPrivateDraft = (doc: unknown, previousDoc: unknown) =>
  (doc as { _status?: string } | null)?._status === 'draft' &&
  (previousDoc as { _status?: string } | null)?._status !== 'published'

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = async ({
  doc,
  req,
  context,
}) => {
  await revalidateAll(req, context)
  return doc
}

export const revalidateSiteGlobal: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (isPrivateDraft(doc, previousDoc)) return doc
  await revalidateAll(req, context)
  return doc
}
