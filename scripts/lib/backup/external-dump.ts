/**
 * A database of your own (DATABASE_URL) is backed up with PostgreSQL's own `pg_dump -Fc`, of the
 * server's major version (an older pg_dump refuses a newer server).
 */
import { run } from '../processes'

import { findTool, libpqConnection } from './pg-tools'

/** Writes `pg_dump -Fc` of `url` to `file`; returns the pg_dump's version line. */
export async function dumpDatabase(url: string, serverVersionNum: number, file: string) {
  const major = Math.floor(serverVersionNum / 10_000)
  const tool = findTool('pg_dump', major, `the database at DATABASE_URL runs PostgreSQL ${major}`)
  const { dbname, env } = libpqConnection(url)
  let output = ''
  const code = await run(
    tool.path,
    ['--format=custom', '--no-password', `--file=${file}`, `--dbname=${dbname}`],
    {
      env,
      quiet: true,
      onOutput: (chunk) => (output += chunk),
    },
  )
  if (code !== 0) throw new Error(`pg_dump failed (exit ${code}):\n${output.trim()}`)
  return tool.version
}
