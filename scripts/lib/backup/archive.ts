/**
 * The archive file: a gzipped tar made and read by the system's `tar` (on every Linux and macOS,
 * and in the Node images), so the project needs no archive library. It is written under a
 * temporary name and renamed when complete: a backup that fails halfway leaves no file that looks
 * like a good one.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { MANIFEST_FILE, type Manifest, parseManifest } from './manifest'

const execFileAsync = promisify(execFile)

async function tar(args: string[]) {
  try {
    return await execFileAsync('tar', args, { maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const { code, stderr } = error as NodeJS.ErrnoException & { stderr?: string }
    if (code === 'ENOENT')
      throw new Error('The `tar` command is missing; install it (e.g. apt-get install tar).')
    throw new Error(`tar ${args[0]} failed: ${stderr?.trim() || (error as Error).message}`)
  }
}

/** Packs `entries` (names inside `dir`) into the gzipped tar `out`, readable by its owner only. */
export async function packArchive(dir: string, entries: string[], out: string) {
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const partial = `${out}.partial`
  // The archive holds the leads (personal data) and the database password: owner-only from the start.
  fs.writeFileSync(partial, '', { mode: 0o600 })
  try {
    await tar(['-czf', partial, '-C', dir, ...entries])
    fs.renameSync(partial, out)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
}

/** Unpacks `archive` into the existing directory `dir`; the files belong to whoever restores. */
export async function unpackArchive(archive: string, dir: string) {
  await tar(['-xzf', archive, '-C', dir, '--no-same-owner'])
}

/** The manifest of `archive`, read without unpacking the rest. */
export async function readArchiveManifest(archive: string): Promise<Manifest> {
  if (!fs.existsSync(archive)) throw new Error(`No such file: ${archive}`)
  let text: string
  try {
    text = (await tar(['-xzOf', archive, MANIFEST_FILE])).stdout
  } catch {
    throw new Error(`${archive} is not a backup of this site (no ${MANIFEST_FILE} inside).`)
  }
  return parseManifest(text, archive)
}
