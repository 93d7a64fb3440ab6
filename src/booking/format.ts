/** How a booked time reads, in a language and a time zone: "Tuesday, 1 December 2026, 10:00". */
export function formatWhen(date: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(date)
}
