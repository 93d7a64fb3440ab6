/** Whether `value` names a time zone this runtime knows (IANA, e.g. "Europe/Madrid"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}
