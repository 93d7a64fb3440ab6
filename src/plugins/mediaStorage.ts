/**
 * Where the media collection's files live. With S3_BUCKET set they go to that bucket (MinIO, R2,
 * AWS S3…), so every replica of the site serves every upload; without it they stay in
 * DATA_DIR/media as before (src/collections/Media).
 *
 * Files keep their addresses, `/api/media/file/<name>`: Payload still serves them, checking the
 * collection's read access, and reads the bytes from the bucket (no `disablePayloadAccessControl`,
 * no signed or public bucket URLs). The image sizes go to the bucket with the original. Uploads go
 * through the server (no `clientUploads`): the bucket needs no CORS and no public access.
 *
 * The plugin is registered in both cases: `alwaysInsertFields` gives the collection the plugin's
 * two hidden fields (`prefix`, `_objectKey`) either way, so the database schema, the migrations and
 * the generated types are the same with and without a bucket.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { S3Storage } from '@/lib/env'
import { s3ClientConfig } from '@/lib/s3-client-config'

export function mediaStorage(s3: S3Storage | undefined): Plugin {
  return s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    // Objects are keyed by file name alone, at the top of the bucket (a bucket of its own). The
    // empty prefix still gives the collection its `prefix` field with a bucket, as
    // alwaysInsertFields does without one; a non-empty prefix would add `?prefix=…` to every URL.
    collections: { media: { prefix: '' } },
    bucket: s3?.bucket ?? '',
    config: s3 ? s3ClientConfig(s3) : {},
  })
}
