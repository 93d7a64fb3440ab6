/**
 * The web server of the Docker image, bundled into Next's standalone output as edge-server.mjs
 * (scripts/docker-build.ts). Exactly as Next's own standalone server.js does, the configuration
 * comes from the build (`required-server-files.json`) through Next's private
 * `__NEXT_PRIVATE_STANDALONE_CONFIG`: the trimmed `next` of the standalone output cannot load
 * next.config.mjs itself. Checked by running the bundle from a standalone build here (no Docker).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { NextConfig } from 'next'

import { serve } from './lib/serve'

const serialized = JSON.parse(fs.readFileSync('.next/required-server-files.json', 'utf8')) as {
  config: NextConfig
}
// Replicas share their page cache in Redis (src/cache/next-cache-handler.mjs, bundled beside this
// file by scripts/docker-build.ts): decided when the container starts, not when the image is built.
if (process.env.REDIS_URL) {
  serialized.config.cacheHandler = path.resolve('cache-handler.mjs')
  serialized.config.cacheMaxMemorySize = 0
}
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(serialized.config)
await serve({ dev: false, conf: serialized.config })
