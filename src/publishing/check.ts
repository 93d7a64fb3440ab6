/**
 * Whether a document's current draft could be published, and if not why, asked the only way
 * that cannot drift from what a publish does: the publish itself (Payload's update with
 * `_status: 'published'`, every validation and hook), run in a transaction that is always
 * rolled back. Nothing it writes survives; public pages are not told to revalidate.
 *
 * The admin asks before it schedules a publish (src/components/admin/SchedulePublishButton),
 * and the report of a scheduled publish that failed asks for its reason (./jobs.ts).
 */
import {
  type CollectionSlug,
  createLocalReq,
  type Payload,
  type TypedUser,
  ValidationError,
} from 'payload'

type Target = {
  collection: CollectionSlug
  id: number | string
  /** Publish as this user (their access applies); without one, as the server. */
  user?: TypedUser | null
}

/** "Description: This field is required." for each invalid field; the message otherwise. */
function describePublishError(error: unknown): string {
  if (error instanceof ValidationError) {
    const fields = error.data.errors.map(({ label, path, message }) => {
      const name = typeof label === 'string' && label ? label : path
      return `${name}: ${message}`
    })
    if (fields.length > 0) return fields.join(' ')
  }
  return error instanceof Error ? error.message : String(error)
}

/** Null when the draft would publish; otherwise what stops it, naming each invalid field. */
export async function publishProblem(
  payload: Payload,
  { collection, id, user = null }: Target,
): Promise<string | null> {
  const req = await createLocalReq(
    { user: user ?? undefined, context: { disableRevalidate: true } },
    payload,
  )
  const transactionID = await payload.db.beginTransaction()
  if (!transactionID)
    throw new Error('The database adapter has no transactions to try a publish in.')
  req.transactionID = transactionID
  try {
    await payload.update({
      collection,
      id,
      data: { _status: 'published' } as never,
      depth: 0,
      overrideAccess: user === null,
      user: user ?? undefined,
      req,
    })
    return null
  } catch (error) {
    return describePublishError(error)
  } finally {
    // Payload already rolled back when the update failed; then this does nothing.
    await payload.db.rollbackTransaction(transactionID)
  }
}
