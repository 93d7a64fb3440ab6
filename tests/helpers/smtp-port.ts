/**
 * The SMTP server the e2e site sends to, for the specs (or groups) that read its mail: listening
 * on E2E_SMTP_PORT from their first test to their last, emptied by nobody.
 */
import { test } from '@playwright/test'

import { SmtpSink } from '../../scripts/lib/smtp-sink'
import { getTestEnv } from '../../src/lib/env'

export function listenForSiteMail(): SmtpSink {
  const sink = new SmtpSink()
  test.beforeAll(async () => {
    await sink.start(getTestEnv().E2E_SMTP_PORT)
  })
  test.afterAll(async () => {
    await sink.stop()
  })
  return sink
}
