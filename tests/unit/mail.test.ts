import { describe, expect, it } from 'vitest'

import { createMailTransport, parseMailFrom } from '@/lib/mail'

describe('mail settings', () => {
  it('splits "Name <address>"', () => {
    expect(parseMailFrom('Ana Garcia <ana@example.com>')).toEqual({
      name: 'Ana Garcia',
      address: 'ana@example.com',
    })
  })

  it('accepts a bare address', () => {
    expect(parseMailFrom('ana@example.com').address).toBe('ana@example.com')
  })

  it('never falls back to an internet test account without SMTP_URL', async () => {
    const transport = createMailTransport(undefined)
    const info = await transport.sendMail({
      from: 'a@example.com',
      to: 'b@example.com',
      text: 'hi',
    })
    expect(JSON.parse(String((info as unknown as { message: string }).message)).to).toEqual([
      { address: 'b@example.com', name: '' },
    ])
  })

  it('reads host, port and credentials from SMTP_URL', () => {
    const transport = createMailTransport('smtp://user%40x:p%40ss@smtp.example.com:2525')
    const options = transport.options as {
      host: string
      port: number
      auth: { user: string; pass: string }
    }
    expect(options.host).toBe('smtp.example.com')
    expect(options.port).toBe(2525)
    expect(options.auth).toEqual({ user: 'user@x', pass: 'p@ss' })
  })
})
