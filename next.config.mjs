import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image sets NEXT_OUTPUT=standalone at build time; `npm start` uses `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // The edge tags each page with an ETag from a native hash of its bytes (src/edge/respond.ts);
  // Next's own is a JavaScript loop over every character of every response it sends.
  generateEtags: false,
  // Several replicas (REDIS_URL): one page cache for all, in Redis, and none in each process's
  // memory, so a publish on one replica is what every replica serves. Read when the server starts.
  ...(process.env.REDIS_URL && {
    cacheHandler: fileURLToPath(new URL('./src/cache/next-cache-handler.mjs', import.meta.url)),
    cacheMaxMemorySize: 0,
  }),
  // The edge server (src/edge/server.ts) compresses, after it has hashed each page's inline
  // scripts into its Content-Security-Policy.
  compress: false,
  // One not-found page for every unmatched address (the site and the admin have separate root layouts).
  experimental: {
    globalNotFound: true,
    // The contact form is the only public server action; nothing it accepts comes near this
    // size. The edge refuses public form posts over 64 KB with the form and a 413 before Next
    // sees them; this is Next's own backstop (and the admin's server functions' limit).
    serverActions: { bodySizeLimit: '1mb' },
  },
  // `npm test` type-checks and lints the whole project; the build only compiles.
  typescript: { ignoreBuildErrors: true },
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }, { pathname: '/**' }],
  },
  // `/articles?page=2` → `/articles/page/2`, so the index pages themselves stay static.
  async redirects() {
    return [
      // English pages reach Next under /en (src/edge/locale-route.ts); the address has no /en.
      {
        source: '/en/articles',
        has: [{ type: 'query', key: 'page', value: '(?<page>[2-9]|[1-9]\\d+)' }],
        destination: '/articles/page/:page',
        permanent: true,
      },
      {
        source: '/:locale(es|ru)/articles',
        has: [{ type: 'query', key: 'page', value: '(?<page>[2-9]|[1-9]\\d+)' }],
        destination: '/:locale/articles/page/:page',
        permanent: true,
      },
    ]
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
