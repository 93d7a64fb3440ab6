'use server'

import { headers } from 'next/headers'
import { after } from 'next/server'

import { getPayloadClient } from '@/lib/payload'

import { clientIp } from './client-ip'
import type { LeadActionState } from './schema'
import { submitLead } from './submit'

/**
 * The contact form's server action: the only way a lead gets in. Works with and without
 * JavaScript (a native form post renders the same state).
 */
export async function submitLeadAction(
  _previous: LeadActionState,
  formData: FormData,
): Promise<LeadActionState> {
  const requestHeaders = await headers()
  const ip = clientIp(requestHeaders)
  // A field sent more than once becomes an array, for submitLead to judge; files are not text.
  const input: Record<string, string | string[]> = {}
  for (const [key, value] of formData) {
    if (typeof value !== 'string') continue
    const seen = input[key]
    input[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value]
  }
  const payload = await getPayloadClient()
  const result = await submitLead(payload, input, {
    ip,
    userAgent: requestHeaders.get('user-agent') ?? '',
    runSoon: (task) => after(task),
  })
  return {
    ok: result.ok,
    fieldErrors: result.fieldErrors,
    message: result.message,
    values: result.values,
  }
}
