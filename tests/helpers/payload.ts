import { getPayload, type Payload } from 'payload'

/** The Payload instance of this test file, on the run's test database. */
export async function testPayload(): Promise<Payload> {
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
