import { describe, expect, it } from 'vitest'

import { EnvError, parseLauncherEnv, parseServerEnv } from '@/lib/env'

const valid = {
  DATABASE_URL: 'postgres://site:secret@127.0.0.1:5432/consultancy',
  PAYLOAD_SECRET: 'x'.repeat(40),
}

function errorOf(run: () => unknown): EnvError {
  try {
    run()
  } catch (error) {
    if (error instanceof EnvError) return error
    throw error
  }
  throw new Error('expected an EnvError')
}

describe('server configuration', () => {
  it('accepts a complete configuration and fills in defaults', () => {
    const env = parseServerEnv(valid)
    expect(env.PORT).toBe(3000)
    expect(env.HOST).toBe('127.0.0.1')
    expect(env.SITE_URL).toBe('http://127.0.0.1:3000')
    expect(env.MAIL_FROM).toContain('@')
  })

  it('rejects a DATABASE_URL that is not a PostgreSQL URL, naming the variable', () => {
    const error = errorOf(() =>
      parseServerEnv({ ...valid, DATABASE_URL: 'mysql://root@localhost/db' }),
    )
    expect(error.variables).toEqual(['DATABASE_URL'])
    expect(error.message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/)
  })

  it('rejects a DATABASE_URL that is not a URL at all', () => {
    const error = errorOf(() => parseServerEnv({ ...valid, DATABASE_URL: 'localhost:5432' }))
    expect(error.message).toContain('DATABASE_URL')
  })

  it('names every missing variable', () => {
    const error = errorOf(() => parseServerEnv({}))
    expect(error.variables.sort()).toEqual(['DATABASE_URL', 'PAYLOAD_SECRET'])
    expect(error.message).toMatch(/DATABASE_URL: is required/)
  })

  it('rejects a short secret, a bad port and a bad SMTP_URL', () => {
    const error = errorOf(() =>
      parseServerEnv({
        ...valid,
        PAYLOAD_SECRET: 'short',
        PORT: 'eighty',
        SMTP_URL: 'mail.example.com',
      }),
    )
    expect(error.variables.sort()).toEqual(['PAYLOAD_SECRET', 'PORT', 'SMTP_URL'])
  })

  it('rejects a MAIL_FROM that could inject a header', () => {
    const error = errorOf(() =>
      parseServerEnv({ ...valid, MAIL_FROM: 'Site <a@example.com>\r\nBcc: x@example.com' }),
    )
    expect(error.variables).toEqual(['MAIL_FROM'])
  })

  it('uses SITE_URL without a trailing slash', () => {
    expect(parseServerEnv({ ...valid, SITE_URL: 'https://example.com/' }).SITE_URL).toBe(
      'https://example.com',
    )
  })
})

describe('launcher configuration', () => {
  it('needs nothing for a local run', () => {
    const env = parseLauncherEnv({})
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.DATA_DIR).toMatch(/\.data$/)
  })

  it('treats blank values as unset', () => {
    expect(parseLauncherEnv({ DATABASE_URL: '  ' }).DATABASE_URL).toBeUndefined()
  })

  it('requires PAYLOAD_SECRET in production with an explicit database', () => {
    const error = errorOf(() =>
      parseLauncherEnv({ NODE_ENV: 'production', DATABASE_URL: valid.DATABASE_URL }),
    )
    expect(error.variables).toEqual(['PAYLOAD_SECRET'])
  })

  it('still validates DATABASE_URL when it is given', () => {
    const error = errorOf(() => parseLauncherEnv({ DATABASE_URL: 'http://example.com' }))
    expect(error.variables).toEqual(['DATABASE_URL'])
  })
})
