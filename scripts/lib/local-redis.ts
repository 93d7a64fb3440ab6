/**
 * A local Redis for several replicas on one machine and for the tests: Debian's `redis-server`,
 * on 127.0.0.1 and a free port, keeping nothing on disk (it holds a cache, which the site can
 * always render again).
 *
 *   const redis = await startLocalRedis()
 *   // REDIS_URL=redis.url
 *   await redis.stop()
 */
import { type ChildProcess, spawn } from 'node:child_process'

import { createClient } from 'redis'

import { findFreePort } from './ports'
import { sleep, terminate } from './processes'
import { findProgram, installCommand } from './system-programs'

export type LocalRedis = { url: string; pid: number; stop: () => Promise<void> }

/** The redis-server binary, or a message that says how to get one. */
function redisServerBinary(): string {
  const binary = findProgram('redis-server')
  if (binary) return binary
  throw new Error(
    `No redis-server found. Install it (Debian: ${installCommand(['redis-server'])}), or set ` +
      'REDIS_URL to a Redis you run.',
  )
}

async function answersPing(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 500 } })
  client.on('error', () => undefined)
  try {
    await client.connect()
    return (await client.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    if (client.isOpen) await client.close().catch(() => undefined)
  }
}

export async function startLocalRedis(port?: number): Promise<LocalRedis> {
  const chosen = port ?? (await findFreePort())
  const child: ChildProcess = spawn(
    redisServerBinary(),
    ['--bind', '127.0.0.1', '--port', String(chosen), '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  )
  const url = `redis://127.0.0.1:${chosen}`
  const deadline = Date.now() + 10_000
  while (!(await answersPing(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`redis-server did not start on 127.0.0.1:${chosen}.`)
    }
    await sleep(100)
  }
  return {
    url,
    pid: child.pid!,
    stop: () => terminate(child.pid!, 'SIGTERM', 5_000),
  }
}
