import net from 'node:net'

/** True when nothing listens on host:port (we could bind it ourselves). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** A port nobody uses on host, preferring `preferred` when it is free. */
export async function findFreePort(host = '127.0.0.1', preferred?: number): Promise<number> {
  if (preferred && (await isPortFree(preferred, host))) return preferred
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen({ port: 0, host }, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * `count` free ports, all different: ports asked for one after another and bound only later (by
 * the processes they are for) could otherwise be handed out twice.
 */
export async function findFreePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const ports = new Set<number>()
  while (ports.size < count) ports.add(await findFreePort(host))
  return [...ports]
}
