/**
 * The other commit of `npm run bench -- --against <ref>`, ready to `npm start`: its files
 * (`git archive`, so no worktree is registered in the repository other checkouts share) in
 * .tmp/against-<sha>/ with its own dependencies. `npm ci` takes minutes; when the commit's
 * package-lock.json is byte for byte this one's, node_modules is hard-linked from here instead
 * (seconds, no extra disk). The folder is kept for the next run against the same commit (its
 * `next build` too, which `npm start` skips while the sources match): a marker file written last
 * says the preparation finished, so a folder an interrupted run left is prepared again.
 */
import { type ChildProcess, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { run, terminate } from '../lib/processes'
import { tmpRoot } from '../lib/scratch'

import { childEnv } from './side-server'
import { log } from './settings'

export type Checkout = {
  ref: string
  sha: string
  dir: string
  /** How its node_modules came to be, and whether an earlier run prepared it. */
  install: 'npm ci' | 'hard links'
  reused: boolean
}

const MARKER = '.bench-prepared.json'

/** A step running now (`npm ci`), stopped too on Ctrl-C. */
let step: ChildProcess | undefined

export async function stopCheckoutStep() {
  if (step?.pid && step.exitCode === null) await terminate(step.pid, 'SIGTERM', 10_000)
}

function resolveCommit(ref: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      encoding: 'utf8',
    }).trim()
  } catch {
    throw new Error(`--against ${ref}: git knows no such commit here.`)
  }
}

async function runStep(command: string, args: string[], cwd: string, what: string) {
  let output = ''
  const code = await run(command, args, {
    cwd,
    env: childEnv(),
    quiet: true,
    onOutput: (chunk) => (output += chunk),
    onSpawn: (child) => (step = child),
  })
  step = undefined
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-20).join('\n')
    throw new Error(`${what} failed (exit code ${code}):\n${tail}`)
  }
}

type LockEntry = { version?: string; optional?: boolean; devOptional?: boolean }
type Lockfile = { packages?: Record<string, LockEntry> }

/**
 * Packages whose installed version is not the one package-lock.json names (npm's record of what
 * it installed, node_modules/.package-lock.json): a node_modules left from an older commit. Hard
 * links to it would give the other commit the wrong dependencies.
 */
export function outdatedPackages(root = process.cwd()): string[] {
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Lockfile
  const installedFile = path.join('node_modules', '.package-lock.json')
  if (!fs.existsSync(path.join(root, installedFile)))
    return ['(no node_modules/.package-lock.json)']
  const wanted = read('package-lock.json').packages ?? {}
  const installed = read(installedFile).packages ?? {}
  return Object.entries(wanted)
    .filter(([key, entry]) => {
      if (key === '') return false
      // Optional packages for other platforms (another CPU's esbuild) are never installed.
      if (!installed[key]) return !entry.optional && !entry.devOptional
      return installed[key].version !== entry.version
    })
    .map(([key, entry]) => `${key.replace(/^.*node_modules\//, '')} ${entry.version}`)
}

export async function prepareCheckout(ref: string): Promise<Checkout> {
  const sha = resolveCommit(ref)
  const dir = path.join(tmpRoot, `against-${sha.slice(0, 12)}`)
  const marker = path.join(dir, MARKER)
  if (fs.existsSync(marker)) {
    const { install } = JSON.parse(fs.readFileSync(marker, 'utf8')) as Pick<Checkout, 'install'>
    log(
      `Re-using ${path.relative(process.cwd(), dir)} for ${ref} (${sha.slice(0, 12)}), prepared by an earlier run.`,
    )
    return { ref, sha, dir, install, reused: true }
  }
  if (fs.existsSync(dir))
    log(`${path.relative(process.cwd(), dir)} is incomplete: preparing it again.`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  log(`Extracting ${ref} (${sha.slice(0, 12)}) into ${path.relative(process.cwd(), dir)}...`)
  await runStep(
    'sh',
    ['-c', 'git archive --format=tar "$1" | tar -x -C "$2"', 'sh', sha, dir],
    process.cwd(),
    'git archive',
  )

  const lockHere = fs.readFileSync('package-lock.json')
  const lockThere = path.join(dir, 'package-lock.json')
  const sameLock = fs.existsSync(lockThere) && fs.readFileSync(lockThere).equals(lockHere)
  const outdated = sameLock ? outdatedPackages() : []
  if (outdated.length) {
    log(
      `Same package-lock.json, but this node_modules does not match it (${outdated.slice(0, 3).join(', ')}` +
        `${outdated.length > 3 ? ', ...' : ''}; run npm ci here): not hard-linking it.`,
    )
  }
  const install: Checkout['install'] = sameLock && !outdated.length ? 'hard links' : 'npm ci'
  const startedAt = Date.now()
  if (install === 'hard links') {
    log('Its package-lock.json is the same as this one: hard-linking node_modules (cp -al)...')
    await runStep(
      'cp',
      ['-al', 'node_modules', path.join(dir, 'node_modules')],
      process.cwd(),
      'cp -al',
    )
  } else {
    log(`npm ci in ${path.relative(process.cwd(), dir)} (about 2 minutes)...`)
    await runStep('npm', ['ci', '--no-audit', '--no-fund'], dir, `npm ci in ${dir}`)
  }
  log(`Dependencies ready in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`)
  fs.writeFileSync(
    marker,
    `${JSON.stringify({ ref, sha, install, date: new Date().toISOString() })}\n`,
  )
  return { ref, sha, dir, install, reused: false }
}
