/**
 * Runs once when the Next server starts: bring Payload up straight away, so that pending
 * migrations are applied at start (prodMigrations), its jobs queue runs outside any request, and
 * the first visitor does not wait. With REVALIDATE_ON_START (the Docker image), every page is then
 * re-rendered from the real database once the server answers.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startPayloadWithJobs } = await import('./lib/payload')
  try {
    await startPayloadWithJobs()
  } catch (error) {
    // The health check reports it; requests retry the connection.
    console.error(`Payload could not start yet: ${(error as Error).message}`)
  }
  const { getServerEnv } = await import('./lib/env')
  if (getServerEnv().REVALIDATE_ON_START === 'true') {
    const { revalidateWhenListening } = await import('./lib/revalidate')
    void revalidateWhenListening()
  }
}
