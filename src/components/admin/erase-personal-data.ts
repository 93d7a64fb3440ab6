/**
 * The GDPR erasure request the leads list sends for one address, and its outcome: how many
 * requests were deleted, or the server's reason for refusing. The answer is checked, not trusted: it is JSON from our own endpoint
 * (src/collections/Leads/endpoints/personalData.ts), but a proxy's error page is not. Checked by
 * hand rather than with zod, which would pull the public form's zod into a chunk shared with the
 * admin and change how /contact's scripts are split.
 */
export type ErasureOutcome =
  { ok: true; deleted: number; email: string } | { ok: false; message: string }

/** An answer that is not our endpoint's (`status` is the HTTP status). */
export class UnexpectedAnswer extends Error {
  constructor(readonly status: number) {
    super(`Unexpected answer (${status}).`)
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

export async function erasePersonalData(email: string): Promise<ErasureOutcome> {
  const response = await fetch('/api/leads/personal-data', {
    method: 'DELETE',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'include',
    body: JSON.stringify({ email }),
  })
  const body: unknown = await response.json()
  if (!isRecord(body)) throw new UnexpectedAnswer(response.status)
  if (response.ok) {
    if (typeof body.deleted !== 'number' || typeof body.email !== 'string') {
      throw new UnexpectedAnswer(response.status)
    }
    return { ok: true, deleted: body.deleted, email: body.email }
  }
  return { ok: false, message: typeof body.message === 'string' ? body.message : '' }
}
