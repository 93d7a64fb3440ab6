/**
 * The `pg` module Payload connects with, with one change: every pool and every client it makes
 * has an 'error' listener from birth. A connection that dies (PostgreSQL restarting) emits 'error'
 * on its client; the pool listens only while a client is idle, so one that died while checked
 * out (mid-query, mid-transaction) would otherwise be an uncaughtException. The query it was
 * running fails as usual; the error is only reported here.
 */
import pg from 'pg'

export function pgWithErrorListeners(report: (error: Error) => void): typeof pg {
  class ListenedPool extends pg.Pool {
    constructor(config?: pg.PoolConfig) {
      super(config)
      this.on('error', report)
      this.on('connect', (client) => client.on('error', report))
    }
  }
  return { ...pg, Pool: ListenedPool } as typeof pg
}
