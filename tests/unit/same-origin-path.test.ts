import { describe, expect, it } from 'vitest'

import { sameOriginPath } from '@/lib/same-origin-path'

const SITE = 'https://pau.example'

describe('sameOriginPath: a user-supplied target becomes a path on this site, or the fallback', () => {
  it.each([
    ['/articles/django-vs-fastapi', '/articles/django-vs-fastapi'],
    ['/contact?from=/articles/x#form', '/contact?from=/articles/x#form'],
    ['articles', '/articles'],
    ['https://pau.example/tags/python', '/tags/python'],
    ['https://pau.example//evil.example/x', '/evil.example/x'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('keeps %j as %j', (target, expected) => {
    expect(sameOriginPath(target, SITE)).toBe(expected)
  })

  it.each([
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a path', '//evil.example/articles'],
    ['backslash after the slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['tab after the slash', '/\t/evil.example'],
    ['newline after the slash', '/\n/evil.example'],
    ['carriage return', '/\r/evil.example'],
    ['leading space', ' //evil.example'],
    ['absolute http', 'http://evil.example'],
    ['absolute https', 'https://evil.example/'],
    ['the site with another port', 'https://pau.example:8443/'],
    ['the site over http', 'http://pau.example/'],
    ['user info before the host', 'https://pau.example@evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: with a tab', 'java\tscript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:someone@example.com'],
    ['nothing at all', ''],
  ])('refuses %s', (_name, target) => {
    expect(sameOriginPath(target, SITE)).toBe('/')
  })

  it('answers the fallback for nothing or for an unusable site URL', () => {
    expect(sameOriginPath(null, SITE, '/articles')).toBe('/articles')
    expect(sameOriginPath(undefined, SITE)).toBe('/')
    expect(sameOriginPath('/x', 'not a url')).toBe('/')
  })

  it('keeps an encoded scheme as a harmless path on the site', () => {
    expect(sameOriginPath('javascript%3Aalert(1)', SITE)).toBe('/javascript%3Aalert(1)')
    expect(sameOriginPath('%2F%2Fevil.example', SITE)).toBe('/%2F%2Fevil.example')
  })
})
