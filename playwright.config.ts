import { defineConfig, devices } from '@playwright/test'

import { findFreePort } from './scripts/lib/ports'
import { getTestEnv } from './src/lib/env'
import { chromiumExecutable } from './scripts/lib/chromium'

const testEnv = getTestEnv()
// CHROME_PATH (npm test sets it), else /usr/bin/chromium, else npm's (scripts/lib/chromium.ts).
const chromium = await chromiumExecutable()

// Chosen once in the main process; workers load this file again and inherit the value.
const port = testEnv.E2E_PORT ?? (await findFreePort())
process.env.E2E_PORT = String(port)
// The SMTP server the site sends to; scripts/lib/smtp-sink.ts listens there when a spec needs mail.
const smtpPort = testEnv.E2E_SMTP_PORT ?? (await findFreePort())
process.env.E2E_SMTP_PORT = String(smtpPort)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.tmp/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // A new site's first visit (it asks for the first user) has to come before everything else.
    { name: 'first-use', testMatch: 'foundation.spec.ts', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'chromium',
      testIgnore: 'foundation.spec.ts',
      dependencies: ['first-use'],
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  webServer: {
    // A production build on a fresh database of its own (see the file).
    command: 'node --import tsx tests/helpers/e2e-server.ts',
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_URL: baseURL,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Consultancy site <no-reply@example.com>',
      EMAIL_RETRY_DELAY_MS: '1000',
      // The tests act as the one proxy in front (tests/e2e/security.spec.ts checks what that
      // means); `npm start`'s default, no proxy, is checked in tests/e2e/launcher.spec.ts.
      TRUSTED_PROXIES: '1',
    },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
})
