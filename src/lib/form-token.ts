/**
 * A form's start time, signed so it cannot be forged (`<ms>.<signature>`): the spam check
 * (src/leads/spam.ts) turns away a form sent sooner after it was shown than a person could fill
 * it. Made by the edge for each form page it sends (src/edge/form-stamp.ts).
 */
import crypto from 'node:crypto'

export const formSignature = (startedAt: number, secret: string) =>
  crypto.createHmac('sha256', secret).update(`form:${startedAt}`).digest('hex').slice(0, 32)

export function formToken(now: number, secret: string): string {
  return `${now}.${formSignature(now, secret)}`
}
