/**
 * A non-secret cookie that says "someone here may be signed in to the admin". Set at login, renewed
 * with the session, cleared at logout. It grants nothing (the session is `payload-token`, HttpOnly);
 * it only lets the admin bar skip asking `/api/users/me` for every reader, and lets a shared cache
 * (deploy/) tell readers' requests from an editor's.
 */
const SIGNED_IN_HINT = 'signed-in'

/** Whether a `document.cookie` (or Cookie header) string carries the hint. */
export function hasSignedInHint(cookies: string | null | undefined): boolean {
  return (cookies ?? '').split(/;\s*/).includes(`${SIGNED_IN_HINT}=1`)
}

/** The Set-Cookie value that sets the hint for `maxAgeSeconds`, or clears it (0). */
export function signedInHintCookie(maxAgeSeconds: number, secure: boolean): string {
  const value = maxAgeSeconds > 0 ? '1' : ''
  return [
    `${SIGNED_IN_HINT}=${value}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}
