/**
 * A real SMTP server on 127.0.0.1 for the tests and the benchmark: it accepts every message and
 * parses it.
 */
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { findFreePort } from './ports'
import { sleep } from './processes'

export type ReceivedMail = ParsedMail & { receivedAt: number }

export class SmtpSink {
  readonly messages: ReceivedMail[] = []
  private server: SMTPServer | undefined
  port = 0

  get url() {
    return `smtp://127.0.0.1:${this.port}`
  }

  async start(port?: number) {
    this.port = port ?? (await findFreePort())
    this.server = new SMTPServer({
      authOptional: true,
      // Its built-in certificate has expired; the app talks plain SMTP to 127.0.0.1 anyway.
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(Object.assign(mail, { receivedAt: Date.now() }))
            callback()
          })
          .catch(callback)
      },
    })
    const server = this.server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
    // A client that drops its connection (a site being stopped mid-send) is no failure of the
    // sink; unheard, smtp-server's 'error' event would end the process.
    server.on('error', () => {})
  }

  async stop() {
    const server = this.server
    this.server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  async waitFor(count: number, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs
    while (this.messages.length < count && Date.now() < deadline) await sleep(50)
    return this.messages
  }
}
