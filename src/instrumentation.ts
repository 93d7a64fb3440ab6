/**
 * Runs once when the Next server starts: bring Payload up straight away, so that pending
 * migrations are applied at start (prodMigrations) and the first visitor does not wait for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayloadClient } = await import('./lib/payload')
  try {
    await getPayloadClient()
  } catch (error) {
    // The health check reports it; requests retry the connection.
    console.error(`Payload could not start yet: ${(error as Error).message}`)
  }
}
