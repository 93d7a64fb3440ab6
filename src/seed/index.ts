import type { Payload } from 'payload'

/**
 * Demo content. Each step checks for its own data first, so running the seed twice changes
 * nothing; every write passes `context: { disableRevalidate: true }` as it happens outside a
 * request.
 */
export type SeedStep = {
  name: string
  /** True when this step's content is already in the database. */
  isPresent: (payload: Payload) => Promise<boolean>
  run: (payload: Payload) => Promise<void>
}

export async function seed(payload: Payload): Promise<{ created: string[]; present: string[] }> {
  const { demoSteps: seedSteps } = await import('./steps')
  const created: string[] = []
  const present: string[] = []
  for (const step of seedSteps) {
    if (await step.isPresent(payload)) {
      present.push(step.name)
      continue
    }
    await step.run(payload)
    created.push(step.name)
  }
  return { created, present }
}
