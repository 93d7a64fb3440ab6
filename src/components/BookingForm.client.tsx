'use client'

import {
  type ReactNode,
  useActionState,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'

import { bookCallAction } from '@/booking/action'
import type { BookingActionState, BookingField } from '@/booking/schema'
import type { Messages } from '@/i18n/messages/en'

import { errorAria } from './contact/error-aria'
import { freshIdempotencyKey } from './contact/fresh-key'
import { Field } from './contact/Field'
import { FieldError } from './contact/FieldError'
import { SlotChoices } from './SlotChoices'

type BookingFormHidden = {
  idempotencyKey: string
  formToken: string
  /** The campaign of the page's address (`?from=…&utm_source=…`), or ''. */
  campaign: string
  locale: string
}

const initialState: BookingActionState = { ok: false }
const noSubscription = () => () => {}

type Props = {
  /** The free slots' start instants (ISO), earliest first. */
  slots: string[]
  ownerTimeZone: string
  locale: string
  hidden: BookingFormHidden
  texts: Messages['booking']
  formTexts: Messages['form']
  /** The consent box's label: `texts.consent` with its link to the privacy notice (rich text). */
  consent: ReactNode
  permalink: string
}

const browserTimeZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null
  } catch {
    return null
  }
}

/**
 * Pick a time and book the free call. Without JavaScript the times are in the owner's time zone
 * (the page says so) and the form posts to the server action; with it they are in the visitor's
 * zone, named on the page and changeable. The server checks everything again.
 */
export function BookingForm({
  slots,
  ownerTimeZone,
  locale,
  hidden,
  texts,
  formTexts,
  consent,
  permalink,
}: Props) {
  const [state, formAction, isPending] = useActionState(bookCallAction, initialState, permalink)
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [chosenZone, setChosenZone] = useState<string | null>(null)
  const zone = hydrated ? (chosenZone ?? browserTimeZone() ?? ownerTimeZone) : ownerTimeZone
  const values = state.values ?? {}
  const [slot, setSlot] = useState(values.slot ?? '')
  const shown = state.slots ?? slots
  const zones = useMemo(
    () =>
      hydrated ? [...new Set([zone, ownerTimeZone, ...Intl.supportedValuesOf('timeZone')])] : [],
    [hydrated, zone, ownerTimeZone],
  )
  const successRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (state.ok) successRef.current?.focus()
    else if (state.fieldErrors && Object.keys(state.fieldErrors).length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    }
  }, [state])

  if (state.ok) {
    const booked = state.booked
    return (
      <div ref={successRef} tabIndex={-1} role="status" className="form-success">
        <h2>{texts.booked}</h2>
        {booked && (
          <p>
            {texts.bookedText
              .replace(
                '{when}',
                new Intl.DateTimeFormat(locale, {
                  dateStyle: 'full',
                  timeStyle: 'short',
                  timeZone: booked.timeZone,
                }).format(new Date(booked.start)),
              )
              .replace('{zone}', booked.timeZone)}
          </p>
        )}
      </div>
    )
  }

  const errorOf = (field: BookingField) => state.fieldErrors?.[field]
  return (
    <form
      action={formAction}
      noValidate
      className="contact-form booking-form"
      ref={formRef}
      data-hydrated={hydrated || undefined}
      data-form-status={!state.ok && state.status ? state.status : undefined}
    >
      {state.message && !state.ok && (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) =>
        value ? (
          <input
            key={name}
            type="hidden"
            name={name}
            value={value}
            ref={name === 'idempotencyKey' ? freshIdempotencyKey : undefined}
          />
        ) : null,
      )}
      <input type="hidden" name="timeZone" value={zone} />
      <div className="field honeypot" aria-hidden="true">
        <label htmlFor="website">{formTexts.honeypot}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <fieldset className="field slots" aria-describedby="slot-zone">
        <legend>{texts.pickTime}</legend>
        {hydrated ? (
          <p id="slot-zone" className="hint">
            <label htmlFor="zone">{texts.timesInZone}</label>{' '}
            <select id="zone" value={zone} onChange={(event) => setChosenZone(event.target.value)}>
              {zones.map((name) => (
                <option key={name} value={name}>
                  {name.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </p>
        ) : (
          <p id="slot-zone" className="hint">
            {texts.timesInOwnerZone.replace('{zone}', ownerTimeZone)}
          </p>
        )}
        <FieldError field="slot" message={errorOf('slot')} />
        <SlotChoices
          slots={shown}
          timeZone={zone}
          locale={locale}
          value={slot}
          onChange={setSlot}
          invalid={Boolean(errorOf('slot'))}
          moreDays={texts.moreDays}
        />
      </fieldset>

      <Field id="name" label={texts.name} error={errorOf('name')}>
        {({ id, aria }) => (
          <input id={id} name="name" autoComplete="name" defaultValue={values.name} {...aria} />
        )}
      </Field>
      <Field id="email" label={texts.email} error={errorOf('email')}>
        {({ id, aria }) => (
          <input
            id={id}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={values.email}
            {...aria}
          />
        )}
      </Field>
      <Field id="topic" label={texts.topic} error={errorOf('topic')} hint={texts.topicHint}>
        {({ id, aria }) => (
          <textarea id={id} name="topic" rows={4} defaultValue={values.topic} {...aria} />
        )}
      </Field>
      <div className="field">
        <label className="inline" htmlFor="consent">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            {...errorAria('consent', errorOf('consent'))}
          />
          {/* One flex item beside the box, however many nodes the text has (its link). */}
          <span>{consent}</span>
        </label>
        <FieldError field="consent" message={errorOf('consent')} />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? texts.sending : texts.send}
      </button>
    </form>
  )
}
