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

describe('media in an S3-compatible bucket', () => {
  const s3 = {
    S3_BUCKET: 'site-media',
    S3_ENDPOINT: 'http://127.0.0.1:9000',
    S3_ACCESS_KEY_ID: 'key',
    S3_SECRET_ACCESS_KEY: 'secret',
  }

  it('is off without S3_BUCKET: uploads stay in DATA_DIR', () => {
    expect(parseServerEnv(valid).S3_STORAGE).toBeUndefined()
    expect(parseServerEnv({ ...valid, S3_BUCKET: ' ' }).S3_STORAGE).toBeUndefined()
  })

  it('is on with a bucket and its keys, path-style in us-east-1 by default', () => {
    expect(parseServerEnv({ ...valid, ...s3 }).S3_STORAGE).toEqual({
      bucket: 'site-media',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    })
    const aws = parseServerEnv({
      ...valid,
      ...s3,
      S3_ENDPOINT: undefined,
      S3_REGION: 'eu-central-1',
      S3_FORCE_PATH_STYLE: 'false',
    }).S3_STORAGE
    expect(aws).toMatchObject({
      endpoint: undefined,
      region: 'eu-central-1',
      forcePathStyle: false,
    })
  })

  it('refuses a bucket without its keys, naming each missing one', () => {
    const error = errorOf(() => parseServerEnv({ ...valid, S3_BUCKET: 'site-media' }))
    expect(error.variables).toEqual(['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
    expect(error.message).toMatch(/S3_ACCESS_KEY_ID: is required when S3_BUCKET is set/)
    // The launcher stops at the same place, before it starts anything.
    expect(errorOf(() => parseLauncherEnv({ ...s3, S3_SECRET_ACCESS_KEY: '' })).variables).toEqual([
      'S3_SECRET_ACCESS_KEY',
    ])
  })

  it('refuses keys or an endpoint without a bucket', () => {
    const error = errorOf(() => parseServerEnv({ ...valid, ...s3, S3_BUCKET: undefined }))
    expect(error.variables).toEqual(['S3_BUCKET'])
    expect(error.message).toMatch(/S3_BUCKET: is required when S3_ACCESS_KEY_ID/)
  })

  it('refuses a malformed bucket name, endpoint or path-style flag', () => {
    const error = errorOf(() =>
      parseServerEnv({
        ...valid,
        ...s3,
        S3_BUCKET: 'Site_Media',
        S3_ENDPOINT: '127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: 'yes',
      }),
    )
    expect(error.variables.sort()).toEqual(['S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'])
  })
})
