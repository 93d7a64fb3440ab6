/**
 * Every URL of an upload that Payload hands out (the file, each size, the admin thumbnail) carries
 * `?v=<version>`, a short hash of the file's name, size and dimensions and of the document's last
 * change. A new file (or a new crop or focal point, which regenerate the sizes) is a new URL, so
 * the edge may cache `/api/media/file/…?v=…` and the images Next makes from it for a year, and
 * no page, browser or CDN ever shows the old picture under the new name. Changing only the alt
 * text or caption also gives a new version: one re-download, never a stale image.
 *
 * A read that lacks what the version is made of (a `select` without them) leaves the URLs bare:
 * those are served with a short cache lifetime, which is safe.
 */
import crypto from 'node:crypto'

import type { CollectionAfterReadHook } from 'payload'

import type { Media } from '@/payload-types'

type VersionSource = Pick<
  Partial<Media>,
  'filename' | 'filesize' | 'width' | 'height' | 'updatedAt'
>

/** The version of an upload's files, or null when the document read lacks what it is made of. */
function mediaVersion(doc: VersionSource): string | null {
  const { filename, filesize, width, height, updatedAt } = doc
  if (!filename || typeof filesize !== 'number' || !updatedAt) return null
  return crypto
    .createHash('sha256')
    .update([filename, filesize, width ?? '', height ?? '', updatedAt].join('\n'))
    .digest('base64url')
    .slice(0, 12)
}

/** `url` with its `v` query parameter set to `version`; absolute or relative, as it came. */
export function withVersion(url: string, version: string): string {
  const hashAt = url.indexOf('#')
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt)
  const queryAt = withoutHash.indexOf('?')
  const path = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt)
  const query = new URLSearchParams(queryAt === -1 ? '' : withoutHash.slice(queryAt + 1))
  query.set('v', version)
  return `${path}?${query.toString()}`
}

export const versionMediaUrls: CollectionAfterReadHook<Media> = ({ doc }) => {
  const version = mediaVersion(doc)
  if (!version) return doc
  const versioned = (url: string | null | undefined) => (url ? withVersion(url, version) : url)
  const sizes = doc.sizes
    ? Object.fromEntries(
        Object.entries(doc.sizes).map(([name, size]) => [
          name,
          size && typeof size === 'object' ? { ...size, url: versioned(size.url) } : size,
        ]),
      )
    : doc.sizes
  return {
    ...doc,
    url: versioned(doc.url),
    thumbnailURL: versioned(doc.thumbnailURL),
    sizes: sizes as Media['sizes'],
  }
}
