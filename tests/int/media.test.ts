import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { withVersion } from '@/collections/Media/hooks/versionUrls'
import { doc, p } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

async function png(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#0b5cad' } })
    .png()
    .toBuffer()
}

describe('media', () => {
  it('stores an upload with responsive sizes, including the sharing size', async () => {
    const data = await png(1600, 1000)
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A blue rectangle' },
      file: { data, mimetype: 'image/png', name: 'blue.png', size: data.length },
    })
    expect(media.sizes?.thumbnail?.width).toBe(400)
    expect(media.sizes?.card?.width).toBe(768)
    expect(media.sizes?.wide?.width).toBe(1280)
    expect(media.sizes?.og).toMatchObject({ width: 1200, height: 630 })
    expect(media.url).toMatch(/\/api\/media\/file\/blue/)
  })

  it('requires alt text', async () => {
    const data = await png(100, 100)
    await expect(
      payload.create({
        collection: 'media',
        data: {} as never,
        file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length },
      }),
    ).rejects.toThrow(/alt/i)
  })

  it('versions every URL of an upload, and a new file gets a new version', async () => {
    const first = await png(1600, 1000)
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Versioned', caption: 'A caption' },
      file: { data: first, mimetype: 'image/png', name: 'versioned.png', size: first.length },
      context: { disableRevalidate: true },
    })
    const version = new URL(media.url!).searchParams.get('v')
    expect(version).toMatch(/^[\w-]{12}$/)
    const urls = [media.thumbnailURL, ...Object.values(media.sizes ?? {}).map((size) => size?.url)]
    expect(urls).toHaveLength(5)
    for (const url of urls) expect(new URL(url!).searchParams.get('v')).toBe(version)
    expect(media.caption).toBe('A caption')

    // Read again, and populated in an article: the same version.
    const again = await payload.findByID({ collection: 'media', id: media.id })
    expect(again.url).toBe(media.url)
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'With a cover',
        description: 'A test article.',
        body: doc(p('Text.')) as never,
        coverImage: media.id,
        _status: 'published',
      } as never,
      depth: 1,
      context: { disableRevalidate: true },
    })
    expect(typeof article.coverImage === 'object' && article.coverImage?.url).toBe(media.url)

    const second = await png(1700, 1000)
    const replaced = await payload.update({
      collection: 'media',
      id: media.id,
      data: {},
      file: { data: second, mimetype: 'image/png', name: 'versioned.png', size: second.length },
      context: { disableRevalidate: true },
    })
    const newVersion = new URL(replaced.url!).searchParams.get('v')
    expect(newVersion).toMatch(/^[\w-]{12}$/)
    expect(newVersion).not.toBe(version)
    expect(new URL(replaced.sizes!.card!.url!).searchParams.get('v')).toBe(newVersion)
  })

  it('keeps files in DATA_DIR without S3_BUCKET, and the storage health says so', async () => {
    const data = await png(800, 500)
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'On disk' },
      file: { data, mimetype: 'image/png', name: 'on-disk.png', size: data.length },
      context: { disableRevalidate: true },
    })
    const dir = path.join(process.env.DATA_DIR!, 'media')
    expect(fs.readFileSync(path.join(dir, 'on-disk.png'))).toEqual(data)
    expect(fs.existsSync(path.join(dir, media.sizes!.thumbnail!.filename!))).toBe(true)
    const { checkStorage } = await import('@/server/storage-health')
    expect(await checkStorage()).toBe('local')
  })

  it('keeps a URL absolute or relative and replaces an old version', () => {
    expect(withVersion('/api/media/file/a.png', 'x1')).toBe('/api/media/file/a.png?v=x1')
    expect(withVersion('http://h/api/media/file/a.png?v=old&w=1', 'x2')).toBe(
      'http://h/api/media/file/a.png?v=x2&w=1',
    )
  })
})
