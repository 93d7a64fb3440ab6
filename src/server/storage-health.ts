/**
 * Whether the media bucket answers, for the health check: uploads and every image on the site
 * depend on it once S3_BUCKET is set. 'local' when files live in DATA_DIR (nothing to ask).
 */
import 'server-only'

import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'

import { getServerEnv } from '@/lib/env'
import { s3ClientConfig } from '@/lib/s3-client-config'

export type StorageState = 'local' | 'ok' | 'down'

let cached: { client: S3Client; bucket: string } | undefined

/** One client for every check (kept-alive connections); one attempt each: a retry hides nothing. */
function bucketToAsk() {
  const s3 = getServerEnv().S3_STORAGE
  if (!s3) return undefined
  cached ??= { client: new S3Client({ ...s3ClientConfig(s3), maxAttempts: 1 }), bucket: s3.bucket }
  return cached
}

/** Asks for the bucket (HeadBucket); an error or no answer within `timeoutMs` counts as down. */
export async function checkStorage(timeoutMs = 3_000): Promise<StorageState> {
  const target = bucketToAsk()
  if (!target) return 'local'
  try {
    await target.client.send(new HeadBucketCommand({ Bucket: target.bucket }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    })
    return 'ok'
  } catch {
    return 'down'
  }
}
