import nodemailer from 'nodemailer'

const localHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

/**
 * The nodemailer transport for `SMTP_URL`. Without one, messages are rendered to JSON and dropped,
 * so nothing ever reaches for an outside service (nodemailer's fallback would create an
 * ethereal.email account over the internet).
 */
export function createMailTransport(smtpUrl: string | undefined) {
  if (!smtpUrl) return nodemailer.createTransport({ jsonTransport: true })
  const url = new URL(smtpUrl)
  const secure = url.protocol === 'smtps:'
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // A local catcher speaks plain SMTP; a real server must upgrade to TLS when it offers it.
    ignoreTLS: localHosts.has(url.hostname),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
}

/** Splits `Name <address>` (or a bare address) as Payload's email adapter wants it. */
export function parseMailFrom(mailFrom: string) {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(mailFrom)
  if (match) return { name: match[1] || 'Website', address: match[2] }
  return { name: 'Website', address: mailFrom.trim() }
}
