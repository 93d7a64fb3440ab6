/**
 * A database that restarts is gone for a second or two (the launcher has it back in about 0.6 s,
 * and it accepts connections again a moment later). Work that must not be lost, a lead above
 * all, is tried again through that window instead of failing the request.
 */

/** Error codes and messages of a PostgreSQL that is not there (or going away) right now. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections (everyone reconnecting at once)
  '08000',
  '08001',
  '08003',
  '08006',
])
// Also as text: Payload rewraps some errors with only the message kept ("cannot begin
// transaction: connect ECONNREFUSED …", or just "cannot begin transaction: Failed query: begin"
// when the connection died under the BEGIN).
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|connection (?:is )?(?:closed|lost|error|refused)|terminating connection|the database system is (?:starting up|shutting down|in recovery mode|not yet accepting connections)|Client has encountered a connection error|timeout exceeded when trying to connect|Cannot use a pool after calling end|Client was closed|too many clients|cannot begin transaction/i

/** True when the error (or one it was caused by) says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const { code, message, cause } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
    }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true
    current = cause
  }
  return false
}

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable', { cause })
    this.name = 'DatabaseUnavailableError'
  }
}

/**
 * Runs `work`, again and again while the database is unavailable, for at most `withinMs`
 * (backing off from 100 ms). Other errors pass through at once; running out of time throws a
 * DatabaseUnavailableError.
 */
export async function retryWhileDatabaseUnavailable<T>(
  work: () => Promise<T>,
  withinMs = 6_000,
): Promise<T> {
  const deadline = Date.now() + withinMs
  for (let delay = 100; ; delay = Math.min(delay * 2, 1_000)) {
    try {
      return await work()
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error
      if (Date.now() + delay > deadline) throw new DatabaseUnavailableError(error)
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}
