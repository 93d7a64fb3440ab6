/**
 * The AWS SDK client settings for the media bucket, shared by the storage plugin and the health
 * check so both talk to the bucket the same way.
 */
import type { S3ClientConfig } from '@aws-sdk/client-s3'

import type { S3Storage } from './env'

export function s3ClientConfig(s3: S3Storage): S3ClientConfig {
  return {
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: s3.forcePathStyle,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    // Since early 2025 the SDK adds CRC32 checksums to every upload, and streams an upload of
    // unknown length as `aws-chunked` with a trailing checksum. Several S3-compatible servers
    // don't speak that: s3rver (tests, local replicas) stores the chunk framing inside the object.
    // Checksums only where the API demands them works with AWS S3 and every compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}
