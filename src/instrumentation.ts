/**
 * Runs once when the Next server starts: bring Payload up straight away, so that pending
 * migrations are applied at start (prodMigrations), its jobs queue runs outside any request (and
 * jobs left behind by a runner that died go back to it, server/stale-jobs.ts), and
 * the first visitor does not wait. With REVALIDATE_ON_START (the Docker image), every page is then
 * re-rendered from the real database once the server answers.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startPayloadWithJobs } = await import('./server/payload')
  const { getServerEnv } = await import('./lib/env')
  try {
    const payload = await startPayloadWithJobs()
    if (getServerEnv().JOBS_AUTORUN === 'true') {
      const { keepReleasingStaleJobs } = await import('./server/stale-jobs')
      keepReleasingStaleJobs(payload, getServerEnv().JOBS_LEASE_SECONDS)
    }
  } catch (error) {
    // The health check reports it; requests retry the connection.
    console.error(`Payload could not start yet: ${(error as Error).message}`)
  }
  if (getServerEnv().REVALIDATE_ON_START === 'true') {
    const { revalidateWhenListening } = await import('./lib/site-revalidation')
    void revalidateWhenListening()
  }
}
