/**
 * Media in an S3-compatible bucket (s3rver on 127.0.0.1, a bucket of this file's own): uploads and
 * their sizes land in the bucket and nowhere on disk, Payload's file route serves the same bytes
 * from it at the usual address, a deleted document takes its objects with it, and the storage
 * health check follows the server.
 *
 * Its own file because the bucket is configuration: S3_* must be set before the Payload config is
 * first loaded, which happens once per test file (each runs in its own process).
 */
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { s3ClientConfig } from '@/lib/s3-client-config'
import type { Media } from '@/payload-types'

import { type LocalS3, startLocalS3 } from '../../scripts/lib/local-s3'
import { tmpRoot, uniqueName } from '../../scripts/lib/scratch'
import { testPayload } from '../helpers/payload'

const s3Dir = path.join(tmpRoot, uniqueName('media-s3'))
let s3: LocalS3
let bucket: S3Client
let payload: Payload
let config: SanitizedConfig
let checkStorage: (timeoutMs?: number) => Promise<'local' | 'ok' | 'down'>
let hanging: net.Server | undefined
const hangingSockets = new Set<net.Socket>()

beforeAll(async () => {
  s3 = await startLocalS3({ dir: s3Dir, bucket: 'site-media' })
  // Before anything loads the Payload config (src/lib/env.ts reads these once).
  process.env.S3_BUCKET = s3.bucket
  process.env.S3_ENDPOINT = s3.endpoint
  process.env.S3_ACCESS_KEY_ID = s3.accessKeyId
  process.env.S3_SECRET_ACCESS_KEY = s3.secretAccessKey
  bucket = new S3Client(
    s3ClientConfig({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      region: 'us-east-1',
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      forcePathStyle: true,
    }),
  )
  payload = await testPayload()
  config = payload.config
  ;({ checkStorage } = await import('@/server/storage-health'))
})

afterAll(async () => {
  bucket?.destroy()
  await s3?.stop()
  for (const socket of hangingSockets) socket.destroy()
  await new Promise((resolve) => (hanging ? hanging.close(resolve) : resolve(undefined)))
  fs.rmSync(s3Dir, { recursive: true, force: true })
})

async function png(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer()
}

async function keysInBucket(): Promise<string[]> {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: s3.bucket }))
  return (listed.Contents ?? []).map((object) => object.Key!).sort()
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await bucket.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

/** A GET through Payload's REST handler, as the site's /api route runs it (no HTTP server). */
function getThroughPayload(url: string, headers: HeadersInit = {}) {
  const { pathname, search } = new URL(url, 'http://127.0.0.1')
  return handleEndpoints({
    config,
    request: new Request(`http://127.0.0.1${pathname}${search}`, { headers }),
  })
}

function fileNamesOf(media: Media): string[] {
  const sizes = Object.values(media.sizes ?? {}).map((size) => size?.filename)
  return [media.filename, ...sizes].filter((name): name is string => Boolean(name)).sort()
}

describe('media in an S3-compatible bucket', () => {
  let media: Media
  let original: Buffer

  it('stores the upload and every size in the bucket, and nothing on disk', async () => {
    original = await png(1600, 1000)
    media = await payload.create({
      collection: 'media',
      data: { alt: 'A red rectangle' },
      file: { data: original, mimetype: 'image/png', name: 'red.png', size: original.length },
      context: { disableRevalidate: true },
    })
    expect(media.filename).toBe('red.png')
    expect(Object.keys(media.sizes ?? {}).sort()).toEqual(['card', 'og', 'thumbnail', 'wide'])
    expect(await keysInBucket()).toEqual(fileNamesOf(media))
    expect(await objectBytes('red.png')).toEqual(original)
    const og = await sharp(await objectBytes(media.sizes!.og!.filename!)).metadata()
    expect([og.width, og.height]).toEqual([1200, 630])
    expect(fs.existsSync(path.join(process.env.DATA_DIR!, 'media'))).toBe(false)
  })

  it('keeps the public address /api/media/file/<name>?v=…', () => {
    const url = new URL(media.url!)
    expect(url.pathname).toBe('/api/media/file/red.png')
    expect([...url.searchParams.keys()]).toEqual(['v'])
    expect(new URL(media.sizes!.card!.url!).pathname).toBe(
      `/api/media/file/${media.sizes!.card!.filename}`,
    )
  })

  it("serves the bucket's bytes through Payload's file route, sizes too", async () => {
    const response = await getThroughPayload(media.url!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    // Payload says nothing about caching: the edge sets it by the address (src/edge/policies.ts).
    expect(response.headers.get('cache-control')).toBeNull()
    expect(Buffer.from(await response.arrayBuffer())).toEqual(original)

    const card = await getThroughPayload(media.sizes!.card!.url!)
    expect(card.status).toBe(200)
    expect(Buffer.from(await card.arrayBuffer())).toEqual(
      await objectBytes(media.sizes!.card!.filename!),
    )

    // The bucket's ETag comes along, and a browser that has the file gets a 304.
    const etag = response.headers.get('etag')
    expect(etag).toMatch(/^"[0-9a-f]+"$/)
    const again = await getThroughPayload(media.url!, { 'if-none-match': etag! })
    expect(again.status).toBe(304)

    const missing = await getThroughPayload('/api/media/file/nothing-here.png')
    expect(missing.status).toBe(404)
  })

  it('removes the objects when the document is deleted', async () => {
    const other = await png(500, 300)
    const kept = await payload.create({
      collection: 'media',
      data: { alt: 'Stays' },
      file: { data: other, mimetype: 'image/png', name: 'stays.png', size: other.length },
      context: { disableRevalidate: true },
    })
    await payload.delete({
      collection: 'media',
      id: media.id,
      context: { disableRevalidate: true },
    })
    expect(await keysInBucket()).toEqual(fileNamesOf(kept))
    expect((await getThroughPayload(media.url!)).status).toBe(404)
  })

  it("reports the bucket's health: ok while it answers, down once it is gone", async () => {
    expect(await checkStorage()).toBe('ok')

    await s3.stop()
    const started = Date.now()
    expect(await checkStorage()).toBe('down')
    expect(Date.now() - started).toBeLessThan(3_000)

    // A server that takes the connection and never answers: down after the timeout.
    const port = Number(new URL(s3.endpoint).port)
    hanging = net.createServer((socket) => hangingSockets.add(socket))
    await new Promise<void>((resolve) => hanging!.listen(port, '127.0.0.1', resolve))
    const waited = Date.now()
    expect(await checkStorage(500)).toBe('down')
    expect(Date.now() - waited).toBeLessThan(2_000)
  })
})
