/**
 * The one place that reads `process.env`. Everything else asks these functions.
 *
 * - `getServerEnv()` is what the running app (Next + Payload) needs: every value present and valid.
 * - `getLauncherEnv()` is what `npm start` / `npm run dev` need before they have filled in the
 *   local defaults (an embedded database, a generated secret).
 * - `getTestEnv()` is what the test harness may be given.
 *
 * A missing or malformed variable throws an `EnvError` whose message names it.
 */
import path from 'node:path'
import { z } from 'zod'

export class EnvError extends Error {
  readonly variables: string[]
  constructor(problems: { name: string; problem: string }[]) {
    const lines = problems.map((p) => `  - ${p.name}: ${p.problem}`)
    super(`Invalid configuration (see .env.example):\n${lines.join('\n')}`)
    this.name = 'EnvError'
    this.variables = problems.map((p) => p.name)
  }
}

type RawEnv = Record<string, string | undefined>

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional())

function urlWithProtocols(protocols: string[], example: string) {
  return z.string().refine(
    (value) => {
      try {
        const url = new URL(value)
        return protocols.includes(url.protocol) && url.hostname.length > 0
      } catch {
        return false
      }
    },
    { message: `must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL, e.g. ${example}` },
  )
}

const databaseUrl = urlWithProtocols(
  ['postgres:', 'postgresql:'],
  'postgres://user:password@127.0.0.1:5432/consultancy',
)
const smtpUrl = urlWithProtocols(['smtp:', 'smtps:'], 'smtp://user:password@smtp.example.com:587')
const httpUrl = urlWithProtocols(['http:', 'https:'], 'https://www.example.com')
const redisUrl = urlWithProtocols(['redis:', 'rediss:'], 'redis://127.0.0.1:6379/0')

const port = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535')

const mailFrom = z
  .string()
  .refine((value) => !/[\r\n]/.test(value), { message: 'must be a single line' })
  .refine((value) => /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(value.trim()), {
    message: 'must be an address, e.g. "Site <hello@example.com>" or hello@example.com',
  })

// AWS's bucket naming rules (3–63 characters: lowercase letters, digits, dots, hyphens).
const s3BucketName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    'must be a bucket name: 3–63 lowercase letters, digits, dots or hyphens',
  )

const nodeEnv = z.preprocess(
  blankToUndefined,
  z.enum(['development', 'production', 'test']).default('development'),
)

const launcherSchema = z.object({
  NODE_ENV: nodeEnv,
  DATABASE_URL: optional(databaseUrl),
  PAYLOAD_SECRET: optional(z.string().min(32, 'must be at least 32 characters long')),
  SITE_URL: optional(httpUrl),
  PORT: z.preprocess(blankToUndefined, port.default(3000)),
  HOST: z.preprocess(blankToUndefined, z.string().default('127.0.0.1')),
  SMTP_URL: optional(smtpUrl),
  MAIL_FROM: optional(mailFrom),
  DATA_DIR: optional(z.string()),
  // Run queued jobs (emails, scheduled publishing) inside the server; `npm run jobs` runs them too.
  JOBS_AUTORUN: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('true')),
  // Seconds a runner holds a job, or a lead email it is sending; after that (the runner died),
  // the job goes back to the queue and the email to whoever runs it next.
  JOBS_LEASE_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'must be a number' }).int().min(5).default(300),
  ),
  // Re-render every page once the server is up (the Docker image's pages come from an empty build database).
  REVALIDATE_ON_START: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('false')),
  // Proxy hops in front of the site whose X-Forwarded-For entries are trusted (0: the TCP peer).
  TRUSTED_PROXIES: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'must be a number' }).int().min(0).max(10).default(0),
  ),
  // Seconds a CDN may serve a public page before asking again (stale-while-revalidate: 5×).
  CDN_MAX_AGE: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'must be a number' }).int().min(0).default(60),
  ),
  // Contact form submissions allowed per client address in 10 minutes.
  LEADS_RATE_LIMIT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).default(5)),
  // Submissions allowed per email address typed in the form, in an hour.
  LEADS_RATE_LIMIT_PER_EMAIL: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).default(3),
  ),
  // Submissions allowed for the whole site, in an hour.
  LEADS_RATE_LIMIT_GLOBAL: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).default(100),
  ),
  // First retry delay of an email that failed; later retries double it (5 attempts, ~30 minutes).
  EMAIL_RETRY_DELAY_MS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(0).default(60_000),
  ),
  // Uploads in an S3-compatible bucket instead of DATA_DIR, so every replica sees every file.
  // All or nothing: see s3Problems below.
  S3_BUCKET: optional(s3BucketName),
  // Unset: AWS's own endpoint for S3_REGION; set for MinIO, s3rver, R2 and the like.
  S3_ENDPOINT: optional(httpUrl),
  S3_REGION: z.preprocess(blankToUndefined, z.string().default('us-east-1')),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  // S3-compatible servers rarely resolve <bucket>.<host> names: address the bucket in the path.
  S3_FORCE_PATH_STYLE: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('true')),
  // Several replicas share Next's page cache and Payload's key-value store in this Redis.
  REDIS_URL: optional(redisUrl),
  // Where the replicas' shared HTTP cache (deploy/varnish) takes bans: a publish empties it.
  PROXY_PURGE_URL: optional(httpUrl),
})

const serverSchema = launcherSchema.extend({
  DATABASE_URL: z.preprocess(blankToUndefined, databaseUrl),
  PAYLOAD_SECRET: z.preprocess(
    blankToUndefined,
    z.string({ message: 'is required' }).min(32, 'must be at least 32 characters long'),
  ),
})

/** One line per variable: the first thing wrong with it. */
function problemsOf(error: z.ZodError) {
  const problems = new Map<string, string>()
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? 'environment')
    const problem =
      issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message
    if (!problems.has(name)) problems.set(name, problem)
  }
  return [...problems].map(([name, problem]) => ({ name, problem }))
}

/** An address to reach a server listening on `host` from this machine. */
export function reachableHost(host: string) {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
}

function defaultSiteUrl(host: string, portNumber: number) {
  const publicHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  return `http://${publicHost}:${portNumber}`
}

/** Where uploads go when they go to an S3-compatible bucket. */
export type S3Storage = {
  bucket: string
  /** Unset: AWS's endpoint for the region. */
  endpoint: string | undefined
  region: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
}

type S3Values = Pick<
  z.infer<typeof launcherSchema>,
  | 'S3_BUCKET'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
>

/**
 * S3 is all or nothing: a bucket without its keys (or keys, an endpoint, without a bucket) is a
 * half-made setting that would otherwise show up only at the first upload, or silently keep files
 * on one replica's disk.
 */
function s3Problems(values: S3Values) {
  const companions = ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
  if (values.S3_BUCKET) {
    return companions
      .filter((name) => !values[name])
      .map((name) => ({ name, problem: 'is required when S3_BUCKET is set' }))
  }
  const strays = [...companions, 'S3_ENDPOINT' as const].filter((name) => values[name])
  return strays.length > 0
    ? [{ name: 'S3_BUCKET', problem: `is required when ${strays.join(', ')} is set` }]
    : []
}

function s3StorageOf(values: S3Values): S3Storage | undefined {
  if (!values.S3_BUCKET || !values.S3_ACCESS_KEY_ID || !values.S3_SECRET_ACCESS_KEY)
    return undefined
  return {
    bucket: values.S3_BUCKET,
    endpoint: values.S3_ENDPOINT,
    region: values.S3_REGION,
    accessKeyId: values.S3_ACCESS_KEY_ID,
    secretAccessKey: values.S3_SECRET_ACCESS_KEY,
    forcePathStyle: values.S3_FORCE_PATH_STYLE === 'true',
  }
}

function withDerived<T extends z.infer<typeof launcherSchema>>(values: T) {
  const s3 = s3Problems(values)
  if (s3.length > 0) throw new EnvError(s3)
  return {
    ...values,
    SITE_URL: (values.SITE_URL ?? defaultSiteUrl(values.HOST, values.PORT)).replace(/\/+$/, ''),
    MAIL_FROM: values.MAIL_FROM ?? 'Consultancy site <no-reply@localhost>',
    DATA_DIR: path.resolve(values.DATA_DIR ?? path.join(process.cwd(), '.data')),
    /** Set when uploads go to an S3-compatible bucket; undefined: DATA_DIR/media as before. */
    S3_STORAGE: s3StorageOf(values),
  }
}

/** What the launcher knows before it fills in local defaults. */
export function parseLauncherEnv(raw: RawEnv) {
  const result = launcherSchema.safeParse(raw)
  if (!result.success) throw new EnvError(problemsOf(result.error))
  const values = result.data
  if (values.NODE_ENV === 'production' && values.DATABASE_URL && !values.PAYLOAD_SECRET) {
    throw new EnvError([
      {
        name: 'PAYLOAD_SECRET',
        problem:
          'is required in production (NODE_ENV=production with DATABASE_URL); generate one with `openssl rand -hex 32`',
      },
    ])
  }
  return withDerived(values)
}

/** What the running app needs: everything present and valid. */
export function parseServerEnv(raw: RawEnv) {
  const result = serverSchema.safeParse(raw)
  if (!result.success) throw new EnvError(problemsOf(result.error))
  return withDerived(result.data)
}

export type LauncherEnv = ReturnType<typeof parseLauncherEnv>
export type ServerEnv = ReturnType<typeof parseServerEnv>

let serverEnv: ServerEnv | undefined

export function getServerEnv(): ServerEnv {
  serverEnv ??= parseServerEnv(process.env)
  return serverEnv
}

export function getLauncherEnv(): LauncherEnv {
  return parseLauncherEnv(process.env)
}

const testSchema = z.object({
  TEST_DATABASE_URL: optional(databaseUrl),
  CHROME_PATH: optional(z.string()),
  E2E_PORT: optional(port),
  E2E_SMTP_PORT: optional(port),
  CI: optional(z.string()),
})

export function getTestEnv() {
  const result = testSchema.safeParse(process.env)
  if (!result.success) throw new EnvError(problemsOf(result.error))
  return result.data
}

/** The environment handed to child processes (Next, the Payload CLI). */
export function processEnv(): RawEnv {
  return { ...process.env }
}
