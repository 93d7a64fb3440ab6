/**
 * The free times as radio buttons, one group per day, days and times as seen in `timeZone`.
 * Pure markup: the booking page's client form controls it, the manage page renders it on the
 * server (then the browser keeps the choice itself).
 */
type Props = {
  /** Starts (ISO), earliest first. */
  slots: string[]
  timeZone: string
  locale: string
  /** The chosen start, when the caller controls the choice. */
  value?: string
  onChange?: (value: string) => void
  invalid?: boolean
  /** The summary of the days after the first few (shown when opened). */
  moreDays: string
}

/** Days shown before "More days": enough for most visitors, short on a phone. */
const FIRST_DAYS = 4

function perDay(slots: string[], timeZone: string, locale: string) {
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  })
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone })
  const days: { label: string; slots: { value: string; label: string }[] }[] = []
  for (const value of slots) {
    const date = new Date(value)
    const label = day.format(date)
    let last = days.at(-1)
    if (last?.label !== label) {
      last = { label, slots: [] }
      days.push(last)
    }
    last.slots.push({ value, label: time.format(date) })
  }
  return days
}

export function SlotChoices({
  slots,
  timeZone,
  locale,
  value,
  onChange,
  invalid,
  moreDays,
}: Props) {
  const grouped = perDay(slots, timeZone, locale)
  const days = grouped.map((day) => (
    <fieldset key={day.label} className="slot-day">
      <legend>{day.label}</legend>
      {day.slots.map((option) => (
        <label key={option.value} className="slot">
          <input
            type="radio"
            name="slot"
            value={option.value}
            required
            aria-describedby={invalid ? 'slot-error' : undefined}
            {...(onChange
              ? { checked: value === option.value, onChange: () => onChange(option.value) }
              : {})}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  ))
  if (days.length <= FIRST_DAYS + 1) return days
  // The chosen time (shown again after an error) is never hidden.
  const chosenDay = grouped.findIndex((day) => day.slots.some((slot) => slot.value === value))
  return (
    <>
      {days.slice(0, FIRST_DAYS)}
      <details className="slot-more" open={chosenDay >= FIRST_DAYS || undefined}>
        <summary>{moreDays}</summary>
        {days.slice(FIRST_DAYS)}
      </details>
    </>
  )
}
