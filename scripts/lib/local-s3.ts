/**
 * A local S3-compatible server (s3rver) for development, several replicas on one machine, and the
 * tests: uploads then live in one place every process reaches, as they would in a real bucket.
 *
 *   const s3 = await startLocalS3({ dir: '.data/s3' })
 *   // S3_BUCKET=s3.bucket S3_ENDPOINT=s3.endpoint S3_ACCESS_KEY_ID=s3.accessKeyId
 *   // S3_SECRET_ACCESS_KEY=s3.secretAccessKey (S3_FORCE_PATH_STYLE stays true)
 *   await s3.stop()
 *
 * It listens on 127.0.0.1 only, on a free port unless given one, keeps its objects under `dir`
 * (kept across restarts, like the embedded PostgreSQL's data), and has the bucket made before it
 * answers. The keys are s3rver's fixed ones: this is never a server for anything but this machine.
 */
import fs from 'node:fs'

import S3rver from 's3rver'

import { findFreePort } from './ports'

export type LocalS3Options = {
  /** Where the objects are kept (created if missing). */
  dir: string
  /** Default: a free port. */
  port?: number
  /** Default: `media`. */
  bucket?: string
}

export type LocalS3 = {
  /** `http://127.0.0.1:<port>`: the S3_ENDPOINT to give the site. */
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** Stops listening; the objects stay in `dir`. */
  stop: () => Promise<void>
}

// s3rver accepts requests signed with this one key pair (its built-in account).
const S3RVER_KEY = 'S3RVER'

export async function startLocalS3({
  dir,
  port,
  bucket = 'media',
}: LocalS3Options): Promise<LocalS3> {
  fs.mkdirSync(dir, { recursive: true })
  const server = new S3rver({
    address: '127.0.0.1',
    port: port ?? (await findFreePort()),
    directory: dir,
    silent: true,
    // Created (or kept, when it exists already) before the server listens.
    configureBuckets: [{ name: bucket, configs: [] }],
    // Requests come to 127.0.0.1 with the bucket in the path: never guess it from the host name.
    vhostBuckets: false,
  })
  const address = await server.run()
  let stopped = false
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    accessKeyId: S3RVER_KEY,
    secretAccessKey: S3RVER_KEY,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.close()
    },
  }
}
