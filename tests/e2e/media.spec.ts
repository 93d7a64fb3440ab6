/**
 * Media is live like any content: an image's alt text, caption and file, changed through the REST
 * API as an editor would from the admin, show on the article that uses it within 2 s; a new file
 * gets a new `?v=` in every URL (so the long-cached old one is never served for it), the URLs go
 * through next/image, and the admin still shows the upload's thumbnail.
 */
import { type APIRequestContext, expect, test } from '@playwright/test'
import sharp from 'sharp'

import { apiClients, logInToAdmin } from '../helpers/admin'

test.describe.configure({ mode: 'serial' })

const INSTANT = { timeout: 2_000, intervals: [100, 100, 200] }
const stamp = Date.now().toString(36)
const slug = `media-check-${stamp}`
const fileName = `media-check-${stamp}.png`
let api: APIRequestContext
let anonymous: APIRequestContext
let mediaId: number

async function png(width: number, height: number, background: string) {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
}

async function articleHtml() {
  const response = await anonymous.get(`/articles/${slug}`)
  return response.ok() ? await response.text() : ''
}

/** The optimiser URLs of the article's images (cover and body), as the page's <img src> says. */
function imageSources(html: string): string[] {
  return [...html.matchAll(/<img [^>]*src="(\/_next\/image\?[^"]+)"/g)].map((match) =>
    match[1].replaceAll('&amp;', '&'),
  )
}

/** The `v` of the upload behind each image of the page. */
function versionsOn(html: string): string[] {
  return imageSources(html).map((src) => {
    const inner = new URL(src, 'http://site').searchParams.get('url') ?? ''
    return new URL(inner, 'http://site').searchParams.get('v') ?? ''
  })
}

const uploadNode = (id: number) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `upload-${stamp}`,
  fields: null,
  relationTo: 'media',
  value: id,
})

test.beforeAll(async ({ playwright, baseURL }) => {
  const clients = await apiClients(playwright.request, baseURL)
  anonymous = clients.anonymous
  api = clients.api

  const uploaded = await api.post('/api/media', {
    multipart: {
      file: { name: fileName, mimeType: 'image/png', buffer: await png(1600, 900, '#0b5cad') },
      _payload: JSON.stringify({
        alt: `A blue test card ${stamp}`,
        caption: `First caption ${stamp}`,
      }),
    },
  })
  expect(uploaded.status()).toBe(201)
  mediaId = (await uploaded.json()).doc.id

  // The image as the article's cover, and once more inside its body.
  const created = await api.post('/api/articles', {
    data: {
      title: `Media check ${stamp}`,
      slug,
      description: 'An article with a cover image and an image in its body.',
      coverImage: mediaId,
      body: {
        root: {
          type: 'root',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          children: [
            {
              type: 'paragraph',
              version: 1,
              format: '',
              indent: 0,
              direction: 'ltr',
              textFormat: 0,
              children: [{ type: 'text', version: 1, text: 'Above the image.', format: 0 }],
            },
            uploadNode(mediaId),
          ],
        },
      },
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
})

test.afterAll(async () => {
  await api?.dispose()
  await anonymous?.dispose()
})

test('the article shows the image with its alt text and caption, versioned, through next/image', async () => {
  const html = await articleHtml()
  expect(html).toContain(`alt="A blue test card ${stamp}"`)
  expect(html.match(/<figcaption>First caption [^<]+<\/figcaption>/g)).toHaveLength(2)
  const versions = versionsOn(html)
  expect(versions).toHaveLength(2)
  expect(versions[0]).toMatch(/^[\w-]{12}$/)
  expect(versions[1]).toBe(versions[0])

  // next/image takes the versioned upload (images.localPatterns allows its query) …
  const optimised = await anonymous.get(imageSources(html)[0])
  expect(optimised.status()).toBe(200)
  expect(optimised.headers()['content-type']).toMatch(/^image\//)
  // … the file itself answers under its versioned URL, and the sharing image is versioned too.
  const media = await (await anonymous.get(`/api/media/${mediaId}`)).json()
  expect(new URL(media.url).searchParams.get('v')).toBe(versions[0])
  expect(
    (await anonymous.get(new URL(media.url).pathname + new URL(media.url).search)).status(),
  ).toBe(200)
  expect(html).toMatch(/<meta property="og:image" content="[^"]+\/api\/media\/file\/[^"]+\?v=/)
})

test('a new alt text and caption show within 2 s', async () => {
  const changed = await api.patch(`/api/media/${mediaId}`, {
    data: { alt: `A changed description ${stamp}`, caption: `Second caption ${stamp}` },
  })
  expect(changed.status()).toBe(200)
  await expect
    .poll(async () => {
      const html = await articleHtml()
      return [
        (html.match(new RegExp(`alt="A changed description ${stamp}"`, 'g')) ?? []).length,
        (html.match(new RegExp(`<figcaption>Second caption ${stamp}</figcaption>`, 'g')) ?? [])
          .length,
      ]
    }, INSTANT)
    .toEqual([2, 2])
})

test('a new file shows within 2 s under a new version', async () => {
  const before = versionsOn(await articleHtml())[0]
  const replaced = await api.patch(`/api/media/${mediaId}`, {
    multipart: {
      file: { name: fileName, mimeType: 'image/png', buffer: await png(1400, 1000, '#c2410c') },
      _payload: JSON.stringify({}),
    },
  })
  expect(replaced.status()).toBe(200)
  const media = (await replaced.json()).doc
  expect(media.width).toBe(1400)
  const after = new URL(media.url).searchParams.get('v')
  expect(after).not.toBe(before)
  await expect.poll(async () => versionsOn(await articleHtml()), INSTANT).toEqual([after, after])

  // The optimiser serves the new picture (its width says so), not a cached copy of the old one.
  const src = imageSources(await articleHtml())[0].replace(/([?&])w=\d+/, '$1w=3840')
  const image = await anonymous.get(src, { headers: { Accept: 'image/png' } })
  expect(image.status()).toBe(200)
  expect((await sharp(await image.body()).metadata()).width).toBe(1400)
})

test('the admin still shows the upload with its thumbnail', async ({ page }) => {
  await logInToAdmin(page)
  await page.goto(`/admin/collections/media/${mediaId}`)
  const thumbnail = page.locator('.thumbnail img').first()
  await expect(thumbnail).toBeVisible()
  expect(await thumbnail.getAttribute('src')).toMatch(/\?v=[\w-]{12}/)
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
})
