/**
 * What a typed value may carry into the database, the admin and an email. Shared by the browser
 * and the server (through the schema), so both see the same text.
 *
 * - NUL and the other C0/C1 control characters are removed everywhere (PostgreSQL refuses NUL;
 *   the rest only hide text). Line breaks and tabs survive in multi-line text only.
 * - Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) are
 *   removed everywhere: "Eve \u202Egnp.exe" must not read as "Eve exe.png" in a subject line or
 *   the admin. Right-to-left scripts display correctly without them.
 * - A lone surrogate (text that was never valid Unicode) becomes U+FFFD, which `hasUnreadable`
 *   reports, like the U+FFFD a browser puts where it met bytes that were not UTF-8.
 */

const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f)
const isBidi = (code: number) =>
  code === 0x061c ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069)
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff

/** Keeps the characters `keep` allows; a lone surrogate becomes U+FFFD. */
function filter(value: string, keep: (code: number) => boolean): string {
  let out = ''
  // for…of walks code points: a valid surrogate pair arrives as one character.
  for (const char of value) {
    const code = char.codePointAt(0)!
    if (char.length === 1 && isSurrogate(code)) out += '\uFFFD'
    else if (keep(code)) out += char
  }
  return out
}

/** Multi-line text: keeps line breaks (as \n, also for U+2028/U+2029) and tabs. */
export function cleanMultiline(value: string): string {
  return filter(value.replace(/\r\n?|[\u2028\u2029]/g, '\n'), (code) =>
    code === 0x0a || code === 0x09 ? true : !isControl(code) && !isBidi(code),
  )
}

/**
 * One line: a tab becomes a space; line breaks (CR, LF, U+2028, U+2029) stay, for the schema to
 * refuse with a message (`hasLineBreak`).
 */
export function cleanOneLine(value: string): string {
  return filter(value.replace(/\t/g, ' '), (code) =>
    code === 0x0a || code === 0x0d ? true : !isControl(code) && !isBidi(code),
  )
}

export function hasLineBreak(value: string): boolean {
  return /[\r\n\u2028\u2029]/.test(value)
}

/** True when the text holds U+FFFD: something the sender's software could not encode. */
export function hasUnreadable(value: string): boolean {
  return value.includes('\uFFFD')
}
