import type {
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionAfterRefreshHook,
  PayloadRequest,
} from 'payload'

import { getServerEnv } from '@/lib/env'
import { signedInHintCookie } from '@/lib/signed-in-hint'

/** Adds the hint's Set-Cookie to the response Payload sends for this request. */
function sendHint(req: PayloadRequest, maxAgeSeconds: number) {
  const headers = req.responseHeaders ?? new Headers()
  headers.append(
    'Set-Cookie',
    signedInHintCookie(maxAgeSeconds, getServerEnv().SITE_URL.startsWith('https:')),
  )
  req.responseHeaders = headers
}

const sessionSeconds = (req: PayloadRequest) =>
  req.payload.collections.users.config.auth.tokenExpiration

/** Signed in: the hint lives as long as the session (src/lib/signed-in-hint.ts). */
export const setSignedInHint: CollectionAfterLoginHook = ({ req }) => {
  sendHint(req, sessionSeconds(req))
}

/** A refreshed session renews the hint with it. */
export const renewSignedInHint: CollectionAfterRefreshHook = ({ req }) => {
  sendHint(req, sessionSeconds(req))
}

/** Signed out: the hint goes. */
export const clearSignedInHint: CollectionAfterLogoutHook = ({ req }) => {
  sendHint(req, 0)
}
