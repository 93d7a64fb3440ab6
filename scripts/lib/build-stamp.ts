/**
 * Decides whether the production build in .next is current: a hash of every input of the build
 * is written next to it after a successful `next build`, and compared on the next start.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const inputs = [
  'src',
  'migrations',
  'public',
  'payload.config.ts',
  'next.config.mjs',
  'tsconfig.json',
  'package-lock.json',
]

const stampFile = path.join('.next', 'source-hash')

function filesUnder(entry: string): string[] {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .flatMap((child) => filesUnder(path.join(entry, child.name)))
}

/** Hash of the build's inputs, relative to `root`. */
export function sourceHash(root = process.cwd()): string {
  const hash = crypto.createHash('sha256')
  const files = inputs.flatMap((entry) => filesUnder(path.join(root, entry))).sort()
  for (const file of files) {
    hash.update(path.relative(root, file))
    hash.update('\0')
    hash.update(fs.readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const file = path.join(root, stampFile)
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || !fs.existsSync(file)) return false
  return fs.readFileSync(file, 'utf8').trim() === sourceHash(root)
}

export function markBuildCurrent(hash: string, root = process.cwd()) {
  fs.writeFileSync(path.join(root, stampFile), `${hash}\n`)
}

/**
 * The public URL the pre-rendered pages were last rendered for (they carry it in canonical links
 * and the feed). A build is reused for another URL; its pages are then re-rendered once.
 */
const siteUrlFile = path.join('.next', 'rendered-for')

export function renderedFor(root = process.cwd()): string | undefined {
  const file = path.join(root, siteUrlFile)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined
}

export function markRenderedFor(siteUrl: string, root = process.cwd()) {
  fs.writeFileSync(path.join(root, siteUrlFile), `${siteUrl}\n`)
}
