/**
 * The connection search reads and writes through: the request's transaction when there is one
 * (a hook indexes what its save wrote, and rolls back with it), else Payload's pool.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

export type Database = PostgresAdapter['drizzle']

export async function databaseOf(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Database> {
  const adapter = payload.db as unknown as PostgresAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle
}

/** The rows of a raw query's result. */
export function rowsOf<Row>(result: unknown): Row[] {
  return ((result as { rows?: Row[] }).rows ?? []) as Row[]
}
