/**
 * The baseline for `npm run bench` (scripts/bench.ts): a bare `node:http` server that answers
 * fixed bodies from memory, so that the site's throughput can be compared with the fastest a
 * Node process on this machine serves the same bytes.
 *
 * Run as a child process with an IPC channel (see `startBareServer`): it receives the routes,
 * listens on a free port on 127.0.0.1 and sends that port back.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import http from 'node:http'
import { fileURLToPath } from 'node:url'

import { exited, terminate } from './processes'

export type BareRoute = { path: string; contentType: string; body: Buffer }

type RoutesMessage = { routes: { path: string; contentType: string; body: string }[] }
type ReadyMessage = { port: number }

const READY_TIMEOUT_MS = 15_000

/** Starts the bare server in a child process; resolves once it listens. */
export async function startBareServer(routes: BareRoute[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const port = await waitForPort(child)
  const message: RoutesMessage = {
    routes: routes.map((route) => ({ ...route, body: route.body.toString('base64') })),
  }
  child.send(message)
  await waitForMessage<{ listening: true }>(child)
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.pid && child.exitCode === null) await terminate(child.pid, 'SIGTERM', 5_000)
    },
  }
}

async function waitForPort(child: ChildProcess): Promise<number> {
  const { port } = await waitForMessage<ReadyMessage>(child)
  return port
}

function waitForMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The bare server did not answer within ${READY_TIMEOUT_MS / 1000} s.`))
    }, READY_TIMEOUT_MS)
    child.once('message', (message) => {
      clearTimeout(timer)
      resolve(message as T)
    })
    void exited(child).then((code) => {
      clearTimeout(timer)
      reject(new Error(`The bare server exited early (exit code ${code}).`))
    })
  })
}

/** In the child: listen first (so the port is known), then take the routes. */
function serve() {
  const bodies = new Map<string, { contentType: string; body: Buffer }>()
  const server = http.createServer((request, response) => {
    const route = bodies.get(request.url ?? '')
    if (!route) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      'content-type': route.contentType,
      'content-length': route.body.length,
    })
    response.end(route.body)
  })
  server.listen({ port: 0, host: '127.0.0.1' }, () => {
    const address = server.address()
    const ready: ReadyMessage = { port: typeof address === 'object' && address ? address.port : 0 }
    process.send?.(ready)
  })
  process.once('message', (message) => {
    for (const route of (message as RoutesMessage).routes) {
      bodies.set(route.path, {
        contentType: route.contentType,
        body: Buffer.from(route.body, 'base64'),
      })
    }
    process.send?.({ listening: true })
  })
  process.once('disconnect', () => process.exit(0))
  process.once('SIGTERM', () => process.exit(0))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve()
