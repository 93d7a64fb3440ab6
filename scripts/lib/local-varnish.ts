/**
 * The shared HTTP cache and load balancer in front of replicas on one machine: Debian's `varnishd`
 * with deploy/varnish/site.vcl, and a backends.vcl written here naming each replica (the compose
 * profile uses deploy/varnish/backends.compose.vcl instead).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { sleep, terminate } from './processes'
import { findProgram, installCommand } from './system-programs'

export type LocalVarnish = { url: string; pid: number; stop: () => Promise<void> }

const SITE_VCL = path.resolve('deploy/varnish/site.vcl')

function varnishdBinary(): string {
  const binary = findProgram('varnishd')
  if (binary) return binary
  throw new Error(
    `No varnishd found: the replicas need it in front (Debian: ${installCommand(['varnishd'])}).`,
  )
}

/** One backend per replica, each probed on /api/health, balanced round-robin. */
function backendsVcl(ports: number[], host = '127.0.0.1'): string {
  const names = ports.map((_, index) => `replica_${index + 1}`)
  return [
    'import directors;',
    '',
    'probe health {',
    '    .url = "/api/health";',
    '    .interval = 1s;',
    '    .timeout = 3s;',
    '    .window = 3;',
    '    .threshold = 2;',
    // The launcher starts the proxy once every replica answers its health check.
    '    .initial = 2;',
    '}',
    '',
    ...ports.map(
      (port, index) =>
        `backend ${names[index]} { .host = "${host}"; .port = "${port}"; .probe = health; ` +
        '.connect_timeout = 1s; .first_byte_timeout = 60s; }',
    ),
    '',
    'sub vcl_init {',
    '    new replicas = directors.round_robin();',
    ...names.map((name) => `    replicas.add_backend(${name});`),
    '}',
    '',
  ].join('\n')
}

/**
 * Starts varnishd on 127.0.0.1:`port` in front of the replicas on `backendPorts`, taking bans
 * (PROXY_PURGE_URL) on 127.0.0.1:`purgePort` only.
 */
export async function startLocalVarnish(options: {
  port: number
  purgePort: number
  backendPorts: number[]
  /** A directory of its own: the VCL and Varnish's working files go there. */
  dir: string
  onOutput?: (line: string) => void
}): Promise<LocalVarnish> {
  const binary = varnishdBinary()
  fs.rmSync(options.dir, { recursive: true, force: true })
  fs.mkdirSync(options.dir, { recursive: true })
  fs.writeFileSync(path.join(options.dir, 'backends.vcl'), backendsVcl(options.backendPorts))
  fs.copyFileSync(SITE_VCL, path.join(options.dir, 'site.vcl'))
  const child: ChildProcess = spawn(
    binary,
    [
      '-F',
      '-n',
      path.join(options.dir, 'work'),
      '-a',
      `http=127.0.0.1:${options.port}`,
      '-a',
      `purge=127.0.0.1:${options.purgePort}`,
      '-f',
      path.join(options.dir, 'site.vcl'),
      '-p',
      `vcl_path=${options.dir}:/usr/share/varnish/vcl`,
      '-s',
      'malloc,256m',
      // site.vcl keeps a gzipped and a plain copy of each page rather than unpacking per request.
      '-p',
      'http_gzip_support=off',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      options.onOutput?.(chunk.toString())
    })
  }
  const url = `http://127.0.0.1:${options.port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd stopped:\n${log}`)
    try {
      // Any answer from Varnish itself (even a 503 while probes settle) means it listens.
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      break
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL')
        throw new Error(`varnishd did not listen on ${url}:\n${log}`)
      }
      await sleep(200)
    }
  }
  return { url, pid: child.pid!, stop: () => terminate(child.pid!, 'SIGTERM', 5_000) }
}
