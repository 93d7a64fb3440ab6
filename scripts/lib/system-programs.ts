/**
 * The system programs some launchers and tests need that npm cannot provide (Debian's `varnishd`
 * and `redis-server`), found without a manual step when installed, and what `npm test` does when
 * one is missing: the tests that need it are skipped, not failed, each recorded in .tmp/not-run/;
 * scripts/test.ts then prints one line naming what did not run and the command that installs what
 * it needs. `.ci/run` installs them, so CI runs everything.
 *
 *   const missing = missingPrograms(['varnishd'])
 *   // in each test, before anything else: recordNotRun('replicas', title, missing); skip
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { tmpRoot } from './scratch'

const PROGRAMS = {
  varnishd: { candidates: ['varnishd', '/usr/sbin/varnishd'], probe: ['-V'], debian: 'varnish' },
  'redis-server': {
    candidates: ['redis-server', '/usr/bin/redis-server', '/usr/local/bin/redis-server'],
    probe: ['--version'],
    debian: 'redis-server',
  },
}

type Program = keyof typeof PROGRAMS

/** What a test needs that this machine lacks: the programs, and a reason that says how to fix it. */
export type MissingPrograms = { programs: Program[]; reason: string }

const found = new Map<Program, string | undefined>()

/** The program to run (a name on PATH or an absolute path), or undefined when there is none. */
export function findProgram(program: Program): string | undefined {
  if (!found.has(program)) {
    const { candidates, probe } = PROGRAMS[program]
    found.set(
      program,
      candidates.find((candidate) => {
        try {
          execFileSync(candidate, probe, { stdio: 'ignore' })
          return true
        } catch {
          return false
        }
      }),
    )
  }
  return found.get(program)
}

/** The one command that installs the Debian packages these programs come in. */
export function installCommand(programs: Program[]): string {
  const packages = [...new Set(programs.map((program) => PROGRAMS[program].debian))]
  return `apt-get install -y ${packages.join(' ')}`
}

/** Undefined when every program is here; otherwise which are not and how to install them. */
export function missingPrograms(programs: Program[]): MissingPrograms | undefined {
  const missing = programs.filter((program) => findProgram(program) === undefined)
  if (missing.length === 0) return undefined
  return {
    programs: missing,
    reason: `no ${missing.join(', ')} on this machine (Debian: ${installCommand(missing)})`,
  }
}

const NOT_RUN_DIR = path.join(tmpRoot, 'not-run')

type NotRunRecord = { group: string; test: string; programs: Program[] }

/** Notes one skipped test (one file each: test files run in parallel processes). */
export function recordNotRun(group: string, test: string, missing: MissingPrograms) {
  fs.mkdirSync(NOT_RUN_DIR, { recursive: true })
  const id = crypto.createHash('sha256').update(`${group}\n${test}`).digest('hex').slice(0, 16)
  const record: NotRunRecord = { group, test, programs: missing.programs }
  fs.writeFileSync(path.join(NOT_RUN_DIR, `${id}.json`), JSON.stringify(record))
}

/** Forgets what an earlier run did not run (`npm test` starts with this). */
export function clearNotRun() {
  fs.rmSync(NOT_RUN_DIR, { recursive: true, force: true })
}

/**
 * One line for the summary, or undefined when everything ran, e.g.
 * `not run: 6 replicas tests (no varnishd): apt-get install -y varnish`.
 */
export function notRunLine(records: NotRunRecord[]): string | undefined {
  if (records.length === 0) return undefined
  const counts = new Map<string, number>()
  for (const { group } of records) counts.set(group, (counts.get(group) ?? 0) + 1)
  const tests = [...counts].sort().map(([group, n]) => `${n} ${group} test${n === 1 ? '' : 's'}`)
  const missing = [...new Set(records.flatMap((record) => record.programs))].sort()
  return `not run: ${tests.join(', ')} (no ${missing.join(', ')}): ${installCommand(missing)}`
}

/** The line for what this run's tests recorded in .tmp/not-run/. */
export function notRunSummary(): string | undefined {
  let files: string[]
  try {
    files = fs.readdirSync(NOT_RUN_DIR).filter((name) => name.endsWith('.json'))
  } catch {
    return undefined
  }
  return notRunLine(
    files.map(
      (name) => JSON.parse(fs.readFileSync(path.join(NOT_RUN_DIR, name), 'utf8')) as NotRunRecord,
    ),
  )
}
