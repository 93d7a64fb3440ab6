/**
 * The GDPR erasure request the leads list sends for one address, and the sentence that reports
 * its outcome. The answer is checked, not trusted: it is JSON from our own endpoint
 * (src/collections/Leads/endpoints/personalData.ts), but a proxy error page is not.
 */
import { z } from 'zod'

const erased = z.object({ email: z.string(), deleted: z.number() })
const refused = z.object({ message: z.string() })

export type ErasureOutcome = { ok: boolean; message: string }

export async function erasePersonalData(email: string): Promise<ErasureOutcome> {
  const response = await fetch('/api/leads/personal-data', {
    method: 'DELETE',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'include',
    body: JSON.stringify({ email }),
  })
  const body: unknown = await response.json()
  if (response.ok) {
    const { deleted, email: address } = erased.parse(body)
    return { ok: true, message: `Deleted ${deleted} request(s) from ${address}.` }
  }
  return { ok: false, message: refused.safeParse(body).data?.message ?? '' }
}
