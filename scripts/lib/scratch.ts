/**
 * Where throwaway runs (test databases, launchers driven by tests and the benchmark) keep their
 * files: under .tmp/ in the project, each in a directory with a name no other run uses.
 */
import crypto from 'node:crypto'
import path from 'node:path'

export const tmpRoot = path.resolve('.tmp')

export function uniqueName(label: string) {
  return `${label}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
}
