/**
 * The GDPR erasure request the leads list sends for one address, and the sentence that reports
 * its outcome. The answer is checked, not trusted: it is JSON from our own endpoint
 * (src/collections/Leads/endpoints/personalData.ts), but a proxy's error page is not. Checked by
 * hand rather than with zod, which would pull the public form's zod into a chunk shared with the
 * admin and change how /contact's scripts are split.
 */
export type ErasureOutcome = { ok: boolean; message: string }

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
  if (!isRecord(body)) throw new Error(`Unexpected answer (${response.status}).`)
  if (response.ok) {
    if (typeof body.deleted !== 'number' || typeof body.email !== 'string') {
      throw new Error(`Unexpected answer (${response.status}).`)
    }
    return { ok: true, message: `Deleted ${body.deleted} request(s) from ${body.email}.` }
  }
  return { ok: false, message: typeof body.message === 'string' ? body.message : '' }
}
