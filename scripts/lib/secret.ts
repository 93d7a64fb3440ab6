import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The local default: a PAYLOAD_SECRET generated once and kept in the data directory. */
export function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
