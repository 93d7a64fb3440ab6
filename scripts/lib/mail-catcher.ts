/**
 * Local mail without setup: when SMTP_URL is unset, `npm start` and `npm run dev` run maildev (an
 * SMTP server with a web inbox, from npm) on 127.0.0.1, keeping messages in DATA_DIR/mail.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { findFreePort } from './ports'
import { terminate, waitForHttpOk } from './processes'

export type MailCatcher = {
  smtpUrl: string
  inboxUrl: string
  pid: number | undefined
  stop: () => Promise<void>
}

export async function startMailCatcher(dataDir: string): Promise<MailCatcher> {
  const smtpPort = await findFreePort('127.0.0.1', 1025)
  const webPort = await findFreePort('127.0.0.1', 1080)
  const mailDir = path.join(dataDir, 'mail')
  fs.mkdirSync(mailDir, { recursive: true })
  // maildev is ESM-only with no exported package.json: its CLI sits beside its entry point.
  const bin = path.join(
    path.dirname(fileURLToPath(import.meta.resolve('maildev'))),
    'bin',
    'maildev.js',
  )
  const log = fs.openSync(path.join(dataDir, 'mail.log'), 'a')
  const child: ChildProcess = spawn(
    process.execPath,
    [
      bin,
      '--smtp',
      String(smtpPort),
      '--web',
      String(webPort),
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--mail-directory',
      mailDir,
    ],
    { stdio: ['ignore', log, log], detached: true },
  )
  fs.closeSync(log)
  const inboxUrl = `http://127.0.0.1:${webPort}`
  await waitForHttpOk(`${inboxUrl}/api/email`, { timeoutMs: 15_000, what: 'The local mail inbox' })
  const smtpUrl = `smtp://127.0.0.1:${smtpPort}`
  // For `npm run jobs` and other scripts that run beside the site.
  fs.writeFileSync(path.join(dataDir, 'mail.json'), JSON.stringify({ smtpUrl, inboxUrl }, null, 2))
  return {
    smtpUrl,
    inboxUrl,
    pid: child.pid,
    stop: async () => {
      if (child.pid && child.exitCode === null) await terminate(child.pid, 'SIGTERM', 5_000)
    },
  }
}

/** The catcher of the site running on this data directory, if it has one. */
export function runningMailCatcher(
  dataDir: string,
): { smtpUrl: string; inboxUrl: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, 'mail.json'), 'utf8'))
  } catch {
    return undefined
  }
}
