/**
 * The README's table of which part of src/ may import which ("Where things go") is the same as
 * the rule eslint.config.mjs enforces: the picture a newcomer reads first stays true.
 */
import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { mayImport } from '../../eslint.config.mjs'

function readmeTable(): Record<string, string[]> {
  const readme = fs.readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('## Where things go'))
  const block = section.slice(
    section.indexOf('```') + 3,
    section.indexOf('```', section.indexOf('```') + 3),
  )
  const table: Record<string, string[]> = {}
  for (const line of block.split('\n')) {
    const [left, right] = line.split('─▶')
    if (!right) continue
    const parts = [...left.matchAll(/([a-z0-9-]+)\//g)].map((match) => match[1])
    const allowed =
      right.trim() === 'nothing of the project' ? [] : right.split(',').map((name) => name.trim())
    for (const part of parts) table[part] = allowed
  }
  return table
}

describe('the README table of imports between parts', () => {
  it('is the rule ESLint enforces', () => {
    const table = readmeTable()
    const enforced = Object.fromEntries(
      Object.entries(mayImport as Record<string, string[]>).map(([part, allowed]) => [
        part,
        allowed.filter((name) => name !== 'payload-types').sort(),
      ]),
    )
    const documented = Object.fromEntries(
      Object.entries(table)
        .filter(([part]) => part !== 'app')
        .map(([part, allowed]) => [part, [...allowed].sort()]),
    )
    expect(documented).toEqual(enforced)
  })
})
