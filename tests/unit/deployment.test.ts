import fs from 'node:fs'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

type Service = {
  image?: string
  profiles?: string[]
  build?: unknown
  ports?: string[]
  environment?: Record<string, string>
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
  volumes?: string[]
  entrypoint?: string[]
  command?: string[]
}

// Compose applies YAML merge keys (`<<: *replica`); so does this parse.
const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}
const { postgres, mailpit, app, backup } = compose.services

describe('docker-compose.yml', () => {
  it('has the postgres, mailpit, app and backup services by default, the replicas in a profile', () => {
    const byDefault = Object.entries(compose.services).filter(([, service]) => !service.profiles)
    expect(byDefault.map(([name]) => name).sort()).toEqual(['app', 'backup', 'mailpit', 'postgres'])
    const replicas = Object.entries(compose.services).filter(([, service]) =>
      service.profiles?.includes('replicas'),
    )
    expect(replicas.map(([name]) => name).sort()).toEqual(
      ['app-1', 'app-2', 'minio', 'minio-init', 'proxy', 'redis', 'worker'].sort(),
    )
  })

  it('pins PostgreSQL to a major version, keeps data in a named volume and checks health', () => {
    expect(postgres.image).toMatch(/^postgres:\d+(-alpine)?$/)
    const [volume] = postgres.volumes ?? []
    expect(volume).toMatch(/^(\w+):\/var\/lib\/postgresql\/data$/)
    expect(compose.volumes).toHaveProperty(volume.split(':')[0])
    expect(postgres.healthcheck?.test.join(' ')).toContain('pg_isready')
  })

  it('gives mailpit a web inbox on localhost only', () => {
    expect(mailpit.image).toMatch(/^axllent\/mailpit:v\d/)
    expect(mailpit.ports).toContain('127.0.0.1:8025:8025')
  })

  it('builds the app and wires it by environment variables', () => {
    expect(app.build).toBeDefined()
    expect(app.ports).toContain('3000:3000')
    const env = app.environment ?? {}
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/consultancy:.*@postgres:5432\/consultancy$/)
    expect(env.SMTP_URL).toBe('smtp://mailpit:1025')
    expect(env.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?/)
    for (const name of ['SITE_URL', 'MAIL_FROM', 'HOST', 'PORT', 'NODE_ENV']) {
      expect(env).toHaveProperty(name)
    }
  })

  it('starts the app only once PostgreSQL is healthy', () => {
    expect(app.depends_on?.postgres.condition).toBe('service_healthy')
    expect(app.depends_on?.mailpit).toBeDefined()
  })

  it('dumps the database on a schedule into a named volume, keeping BACKUP_RETENTION_DAYS', () => {
    // pg_dump must not be older than the server it dumps: the same image.
    expect(backup.image).toBe(postgres.image)
    expect(backup.depends_on?.postgres.condition).toBe('service_healthy')
    const [volume] = backup.volumes ?? []
    expect(volume).toMatch(/^(\w+):\/backups$/)
    expect(compose.volumes).toHaveProperty(volume.split(':')[0])
    const env = backup.environment ?? {}
    expect(env).toMatchObject({
      PGHOST: 'postgres',
      PGUSER: 'consultancy',
      PGDATABASE: 'consultancy',
    })
    expect(env.PGPASSWORD).toBe(app.environment?.DATABASE_URL.match(/consultancy:(.*)@/)?.[1])
    expect(env.BACKUP_RETENTION_DAYS).toBe('${BACKUP_RETENTION_DAYS:-14}')
    const script = [...(backup.entrypoint ?? []), ...(backup.command ?? [])].join('\n')
    expect(script).toContain('pg_dump --format=custom')
    // Old dumps go only after a new one was written.
    expect(script).toMatch(
      /&& mv [^\n]*\n[^\n]*\n\s*find \/backups .*-mmin \+\$\$\(\(BACKUP_RETENTION_DAYS \* 1440\)\) .*-delete/,
    )
    // Compose substitutes `$x` itself: every shell variable must be written `$$x`.
    expect(script.replaceAll('$$', '')).not.toContain('$')
  })
})

describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync('Dockerfile', 'utf8')
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\w+))?/gim)]

  it('is multi-stage on a Node LTS image (22 or 24)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    for (const [, image] of stages) expect(image).toMatch(/^node:(22|24)\b/)
  })

  it('builds the standalone output and runs it as a non-root user', () => {
    expect(dockerfile).toContain('NEXT_OUTPUT=standalone')
    expect(dockerfile).toMatch(/COPY --from=build .*\/app\/\.next\/standalone/)
    expect(dockerfile).toMatch(/^USER (?!root)\w+/m)
    // The edge in front of Next (scripts/server.ts, bundled by scripts/docker-build.ts).
    expect(dockerfile).toMatch(/CMD \["node", "edge-server.mjs"\]/)
  })
})

describe('docker-compose.yml, profile replicas', () => {
  const services = compose.services
  const replicas = [services['app-1'], services['app-2']]
  const worker = services.worker

  it('runs two app servers and one worker from the one image, sharing cache and uploads', () => {
    for (const server of [...replicas, worker]) {
      expect(server.build).toBeDefined()
      const env = server.environment ?? {}
      expect(env.DATABASE_URL).toBe(app.environment?.DATABASE_URL)
      expect(env.PAYLOAD_SECRET).toBe(app.environment?.PAYLOAD_SECRET)
      expect(env.REDIS_URL).toBe('redis://redis:6379')
      expect(env.S3_ENDPOINT).toBe('http://minio:9000')
      expect(env.S3_BUCKET).toBeTruthy()
      expect(env.PROXY_PURGE_URL).toBe('http://proxy:6091/')
    }
    expect(new Set([...replicas, worker].map((server) => server.image)).size).toBe(1)
  })

  it('runs the jobs queue in the worker only, and trusts the proxy in front of the servers', () => {
    for (const server of replicas) {
      expect(server.environment?.JOBS_AUTORUN).toBe('false')
      expect(server.environment?.TRUSTED_PROXIES).toBe('1')
      expect(server.ports).toBeUndefined()
    }
    expect(worker.environment?.JOBS_AUTORUN).toBe('true')
  })

  it('migrates once: the other servers wait until the first one is healthy', () => {
    expect(services['app-2'].depends_on?.['app-1'].condition).toBe('service_healthy')
    expect(worker.depends_on?.['app-1'].condition).toBe('service_healthy')
    expect(services['app-1'].depends_on?.['minio-init'].condition).toBe(
      'service_completed_successfully',
    )
  })

  it("puts Varnish in front with the site's VCL and a backend per app server", () => {
    const proxy = services.proxy
    expect(proxy.image).toMatch(/^varnish:\d+\.\d+$/)
    // Bans on a socket of their own, which the compose network reaches and no published port does.
    expect(proxy.command?.join(' ')).toContain('-a purge=:6091')
    expect(proxy.ports?.join(' ')).not.toContain('6091')
    expect(proxy.volumes).toEqual([
      './deploy/varnish/site.vcl:/etc/varnish/default.vcl:ro',
      './deploy/varnish/backends.compose.vcl:/etc/varnish/backends.vcl:ro',
    ])
    const backends = fs.readFileSync('deploy/varnish/backends.compose.vcl', 'utf8')
    for (const name of ['app-1', 'app-2'])
      expect(backends).toContain(`.host = "${name}"; .port = "3000"`)
    expect(backends).toContain('.url = "/api/health"')
    expect(fs.readFileSync('deploy/varnish/site.vcl', 'utf8')).toContain('include "backends.vcl";')
  })

  it('escapes the shell variables of the bucket setup for compose', () => {
    const script = (services['minio-init'].command ?? []).join('\n')
    expect(script).toContain('mc mb --ignore-existing')
    expect(script.replaceAll('$$', '')).not.toContain('$')
  })
})
