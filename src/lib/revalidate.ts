import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

/**
 * Publishing is instant everywhere: any content change marks every public page stale (home,
 * lists, tag and comparison pages, articles that embed a comparison, sitemap, feed). Pages are
 * re-rendered on their next request. Invalidating the whole site is always right, and cheap for
 * a site of this size; working out exactly which lists a change touches is where stale pages
 * come from.
 *
 * Writes outside a request (seed, scripts, tests) pass `context: { disableRevalidate: true }`.
 */
async function revalidateAll(context: Record<string, unknown>) {
  if (context.disableRevalidate) return
  try {
    const { revalidatePath } = await import('next/cache')
    revalidatePath('/', 'layout')
  } catch {
    // Outside Next's request scope (a script, the job runner): nothing is cached there.
  }
}

export const revalidateSite: CollectionAfterChangeHook = async ({ doc, previousDoc, context }) => {
  // Saving (or autosaving) a draft of something that is not live changes no public page.
  if (doc?._status === 'draft' && previousDoc?._status !== 'published') return doc
  await revalidateAll(context)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = async ({ doc, context }) => {
  await revalidateAll(context)
  return doc
}

export const revalidateSiteGlobal: GlobalAfterChangeHook = async ({ doc, context }) => {
  await revalidateAll(context)
  return doc
}
