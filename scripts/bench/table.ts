/** Plain-text tables and number formats for the bench's report. */
import { POLL_TIMEOUT_MS } from './settings'

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((r) => r[i].length)),
  )
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export const fixed = (value: number, digits = 0) => value.toFixed(digits)
export const kb = (bytes: number) => (bytes / 1024).toFixed(1)
export const ms = (value: number | null) =>
  value === null ? `> ${POLL_TIMEOUT_MS} (not seen)` : `${value}`
