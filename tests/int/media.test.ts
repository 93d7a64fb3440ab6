import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

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
})
