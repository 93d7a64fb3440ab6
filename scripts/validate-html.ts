/**
 * `npm run validate:html [-- --url http://127.0.0.1:3000]`: the HTML a running site serves, checked
 * by the Nu HTML checker (vnu.jar, the W3C validator, from the npm package vnu-jar), so markup
 * errors from our components or from Payload's converters are seen before a browser forgives them.
 *
 * One page of each kind (home, an article, a comparison, a tag page, the contact form; the slugs
 * come from the demo content) is fetched into .tmp/validate-html/ and checked with --errors-only.
 * Exit 0: no errors; 1: errors (listed per page); 2: nothing could be checked (no Java, no site).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { pathsFor } from '../src/lib/paths'
import { articles } from '../src/seed/content/articles'
import { comparisons } from '../src/seed/content/comparisons'
import { tags } from '../src/seed/content/tags'

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://127.0.0.1:3000' } },
})
const baseUrl = values.url.replace(/\/+$/, '')

const pages: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'home (es)', path: '/es' },
  { name: 'article', path: pathsFor('en').article(articles[0].slug) },
  { name: 'comparison', path: pathsFor('en').comparison(comparisons[0].slug) },
  { name: 'tag', path: pathsFor('en').tag(tags[0].slug) },
  { name: 'contact', path: '/contact' },
  { name: 'privacy', path: pathsFor('en').privacy },
]

/** One message of vnu's `--format json` output (it writes it to stderr). */
type VnuMessage = {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  lastLine?: number
  firstColumn?: number
  message: string
  extract?: string
}

function fail(code: number, message: string): never {
  console.error(message)
  process.exit(code)
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' })
if (java.error || java.status !== 0) {
  fail(
    2,
    'Java is missing: the Nu HTML checker (vnu.jar) runs on Java 11 or later, and `java` is not on ' +
      'the PATH.\n  Debian/Ubuntu: sudo apt-get install -y default-jre-headless',
  )
}
const require = createRequire(import.meta.url)
const vnuJar = path.join(
  path.dirname(require.resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
)

const outDir = path.resolve('.tmp', 'validate-html')
fs.rmSync(outDir, { recursive: true, force: true })
fs.mkdirSync(outDir, { recursive: true })

const files = new Map<string, { name: string; path: string }>()
for (const page of pages) {
  const url = `${baseUrl}${page.path}`
  let response: Response
  try {
    response = await fetch(url, { redirect: 'manual' })
  } catch (error) {
    const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : ''
    fail(2, `No site answers at ${baseUrl} (${reason || String(error)}): start one, or pass --url.`)
  }
  if (response.status !== 200) fail(2, `${url} answered ${response.status}, expected 200.`)
  const file = path.join(outDir, `${page.name}.html`)
  fs.writeFileSync(file, await response.text())
  files.set(file, page)
}

const vnu = spawnSync(
  'java',
  ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files.keys()],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
)
let messages: VnuMessage[]
try {
  messages = (JSON.parse(vnu.stderr) as { messages: VnuMessage[] }).messages
} catch {
  fail(2, `The Nu HTML checker did not answer in JSON (exit ${vnu.status}):\n${vnu.stderr}`)
}

const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
console.log(
  `Nu HTML checker, errors only, ${baseUrl} (pages saved in ${path.relative('.', outDir)}/):`,
)
for (const [file, page] of files) {
  const own = errors.filter((m) => m.url !== undefined && new URL(m.url).pathname === file)
  console.log(`\n${own.length === 0 ? 'ok  ' : 'FAIL'} ${page.path}: ${own.length} error(s)`)
  for (const m of own) {
    const extract = m.extract?.replace(/\s+/g, ' ').trim()
    console.log(`  ${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}`)
    if (extract) console.log(`      ${extract}`)
  }
}
const unplaced = errors.filter((m) => m.url === undefined || !files.has(new URL(m.url).pathname))
for (const m of unplaced) console.log(`\n${m.type}: ${m.message}`)

console.log(
  `\n${errors.length === 0 ? 'Valid' : `${errors.length} error(s)`} in ${files.size} pages.`,
)
process.exit(errors.length === 0 ? 0 : 1)
