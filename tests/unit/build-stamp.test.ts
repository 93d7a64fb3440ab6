import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import {
  buildIsCurrent,
  markBuildCurrent,
  markRenderedFor,
  renderedFor,
  sourceHash,
} from '../../scripts/lib/build-stamp'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-'))
  dirs.push(dir)
  fs.mkdirSync(path.join(dir, 'src'))
  fs.writeFileSync(path.join(dir, 'src/page.tsx'), 'export default 1')
  fs.mkdirSync(path.join(dir, '.next'))
  fs.writeFileSync(path.join(dir, '.next/BUILD_ID'), 'x')
  return dir
}

describe('build stamp', () => {
  it('rebuilds when there is no stamp, not after marking, and again after a source edit', () => {
    const dir = project()
    expect(buildIsCurrent(dir)).toBe(false)
    markBuildCurrent(sourceHash(dir), dir)
    expect(buildIsCurrent(dir)).toBe(true)
    fs.writeFileSync(path.join(dir, 'src/page.tsx'), 'export default 2')
    expect(buildIsCurrent(dir)).toBe(false)
  })

  it('notices a new file', () => {
    const dir = project()
    markBuildCurrent(sourceHash(dir), dir)
    fs.writeFileSync(path.join(dir, 'src/other.ts'), '')
    expect(buildIsCurrent(dir)).toBe(false)
  })

  it('remembers the public address the pages were rendered for', () => {
    const dir = project()
    expect(renderedFor(dir)).toBeUndefined()
    markRenderedFor('http://127.0.0.1:3000', dir)
    expect(renderedFor(dir)).toBe('http://127.0.0.1:3000')
  })
})
