import fs from 'node:fs'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

type Service = {
  image?: string
  build?: unknown
  ports?: string[]
  environment?: Record<string, string>
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
  volumes?: string[]
}

const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}
const { postgres, mailpit, app } = compose.services

describe('docker-compose.yml', () => {
  it('has exactly the postgres, mailpit and app services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'mailpit', 'postgres'])
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
