'use server'

import { headers } from 'next/headers'
import { after } from 'next/server'

import { retryWhileDatabaseUnavailable } from '@/lib/database-retry'
import { formInput } from '@/lib/form-input'
import { getPayloadClient } from '@/server/payload'

import type { LeadActionState } from './schema'
import { failedMessage, submitLead, type SubmitResult, textValues } from './submit'

/**
 * The contact form's server action: the only way a lead gets in. Works with and without
 * JavaScript (a native form post renders the same state).
 */
export async function submitLeadAction(
  _previous: LeadActionState,
  formData: FormData,
): Promise<LeadActionState> {
  const requestHeaders = await headers()
  // The edge (src/edge/server.ts) wrote the one address it vouches for (TRUSTED_PROXIES).
  const ip = requestHeaders.get('x-forwarded-for') ?? 'unknown'
  const input = formInput(formData)
  let result: SubmitResult
  try {
    const payload = await retryWhileDatabaseUnavailable(getPayloadClient)
    result = await submitLead(payload, input, {
      ip,
      userAgent: requestHeaders.get('user-agent') ?? '',
      runSoon: (task) => after(task),
    })
  } catch (error) {
    // Whatever went wrong, the prospect keeps the form and their text (never a bare 500).
    console.error('The contact form action failed:', error)
    result = { ok: false, status: 503, message: failedMessage(input), values: textValues(input) }
  }
  return {
    ok: result.ok,
    status: result.status,
    fieldErrors: result.fieldErrors,
    message: result.message,
    values: result.values,
  }
}
