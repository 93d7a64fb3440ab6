'use client'

import {
  type ReactNode,
  useActionState,
  useCallback,
  useEffect,
  useRef,
  useTransition,
} from 'react'
import { type Resolver, useForm, useWatch } from 'react-hook-form'

import { submitLeadAction } from '@/leads/action'
import type { Messages } from '@/i18n/messages/en'
import { budgets, contactMethods, errorText, projectTypes } from '@/leads/fields'
import type { LeadActionState, LeadField, LeadInput } from '@/leads/schema'

import { errorAria } from './contact/error-aria'
import { freshIdempotencyKey } from './contact/fresh-key'
import { Field } from './contact/Field'
import { FieldError } from './contact/FieldError'

export type ContactFormHidden = {
  idempotencyKey: string
  formToken: string
  /** The campaign of the page's address (`?from=…&utm_source=…`), or ''. */
  campaign: string
  /** The page's language: the lead's, and its confirmation email's. */
  locale: string
}

const initialState: LeadActionState = { ok: false }

/**
 * The validator (zod and the lead schema), loaded when the visitor first focuses the form rather
 * than with the page: hydrating the form then costs the main thread no more than an article. A
 * check that comes before it has loaded (a blur, a submit) waits for it. Should it fail to load,
 * the form is sent unchecked and the server's answer shows the errors, as without JavaScript.
 */
let validator: Promise<Resolver<LeadInput>> | undefined

function loadValidator(): Promise<Resolver<LeadInput>> {
  validator ??= Promise.all([import('@hookform/resolvers/zod'), import('@/leads/schema')]).then(
    ([{ zodResolver }, { leadSchema }]) => zodResolver(leadSchema) as Resolver<LeadInput>,
    (error: unknown) => {
      validator = undefined // the next check tries again
      throw error
    },
  )
  return validator
}

const lazyResolver: Resolver<LeadInput> = async (values, context, options) => {
  let resolve: Resolver<LeadInput>
  try {
    resolve = await loadValidator()
  } catch {
    return { values, errors: {} }
  }
  return resolve(values, context, options)
}

/**
 * The consultation request form. One zod schema checks it here (as you leave each field, once it
 * has loaded: see above) and again on the server. Without JavaScript it is a plain form posting to the same server action. Its
 * text comes from the page, in the page's language (`texts`, plain strings: no formatter here).
 */
export function ContactForm({
  hidden,
  texts,
  consent,
  permalink,
}: {
  hidden: ContactFormHidden
  texts: Messages['form']
  /** The consent box's label: `texts.consent` with its link to the privacy notice (rich text). */
  consent: ReactNode
  /**
   * This page's public address, query included (the no-JS post keeps its attribution): without
   * it React writes action="" (invalid HTML).
   */
  permalink: string
}) {
  const [state, formAction, isPending] = useActionState(submitLeadAction, initialState, permalink)
  const [, startTransition] = useTransition()
  const formRef = useRef<HTMLFormElement>(null)
  // `data-hydrated` marks the form once React has hydrated it (the tests wait for it; the CSS then
  // hides the Telegram handle unless Telegram is chosen). Set on the element, not rendered:
  // rendering it would take a second render of the whole form right after hydration.
  const attachForm = useCallback((form: HTMLFormElement | null) => {
    formRef.current = form
    form?.setAttribute('data-hydrated', '')
  }, [])
  const successRef = useRef<HTMLDivElement>(null)
  const values = state.values ?? {}
  const {
    register,
    handleSubmit,
    control,
    setFocus,
    formState: { errors },
  } = useForm<LeadInput>({
    resolver: lazyResolver,
    mode: 'onTouched',
    defaultValues: { preferredContact: 'email', ...values } as LeadInput,
  })

  const preferredContact = useWatch({ control, name: 'preferredContact' })

  // Server-side field errors (e.g. when the browser's check was skipped): focus the first one.
  useEffect(() => {
    const first = Object.keys(state.fieldErrors ?? {})[0] as LeadField | undefined
    if (first) setFocus(first)
    if (state.ok) successRef.current?.focus()
  }, [state, setFocus])

  if (state.ok) {
    return (
      <div ref={successRef} tabIndex={-1} role="status" className="form-success">
        <h2>{texts.sent}</h2>
        <p>{state.message}</p>
      </div>
    )
  }

  const errorOf = (field: LeadField) => {
    const message = errors[field]?.message as string | undefined
    return message ? errorText(message, texts.errors) : state.fieldErrors?.[field]
  }
  // Without JavaScript the handle field is always shown; with it, only for Telegram (or when it
  // has an error): `.telegram-handle` in globals.css.
  const telegramShown = preferredContact === 'telegram' || Boolean(errorOf('telegram'))

  return (
    <form
      ref={attachForm}
      action={formAction}
      noValidate
      className="contact-form"
      onFocus={() => void loadValidator().catch(() => {})}
      // The status this result calls for; the edge gives it to a post without JavaScript
      // (src/edge/request-guard.ts, FORM_STATUS_ATTRIBUTE).
      data-form-status={!state.ok && state.status ? state.status : undefined}
      onSubmit={(event) => {
        event.preventDefault()
        void handleSubmit(() => {
          startTransition(() => formAction(new FormData(formRef.current!)))
        })(event)
      }}
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
      <div className="field honeypot" aria-hidden="true">
        <label htmlFor="website">{texts.honeypot}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <Field id="name" label={texts.name} error={errorOf('name')}>
        {({ id, aria }) => (
          <input
            id={id}
            autoComplete="name"
            {...aria}
            defaultValue={values.name}
            {...register('name')}
          />
        )}
      </Field>
      <Field id="email" label={texts.email} error={errorOf('email')}>
        {({ id, aria }) => (
          <input
            id={id}
            type="email"
            autoComplete="email"
            {...aria}
            defaultValue={values.email}
            {...register('email')}
          />
        )}
      </Field>
      <Field id="company" label={texts.company} error={errorOf('company')}>
        {({ id, aria }) => (
          <input
            id={id}
            autoComplete="organization"
            {...aria}
            defaultValue={values.company}
            {...register('company')}
          />
        )}
      </Field>
      <Field id="projectType" label={texts.projectType} error={errorOf('projectType')}>
        {({ id, aria }) => (
          <select
            id={id}
            {...aria}
            defaultValue={values.projectType ?? ''}
            {...register('projectType')}
          >
            <option value="" disabled>
              {texts.chooseOne}
            </option>
            {projectTypes.map((value) => (
              <option key={value} value={value}>
                {texts.projectTypes[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field">
        <label htmlFor="budget">{texts.budget}</label>
        <select id="budget" defaultValue={values.budget ?? ''} {...register('budget')}>
          <option value="">{texts.budgetUnsaid}</option>
          {budgets.map((value) => (
            <option key={value} value={value}>
              {texts.budgets[value]}
            </option>
          ))}
        </select>
      </div>
      <Field id="message" label={texts.message} error={errorOf('message')} hint={texts.messageHint}>
        {({ id, aria }) => (
          <textarea
            id={id}
            rows={7}
            defaultValue={values.message}
            {...aria}
            {...register('message')}
          />
        )}
      </Field>
      <fieldset className="field">
        <legend>{texts.preferredContact}</legend>
        {contactMethods.map((value) => (
          <label key={value} className="inline">
            <input
              type="radio"
              value={value}
              defaultChecked={(values.preferredContact ?? 'email') === value}
              {...register('preferredContact')}
            />
            {texts.contactMethods[value]}
          </label>
        ))}
        <FieldError field="preferredContact" message={errorOf('preferredContact')} />
      </fieldset>
      <div className="telegram-handle" data-shown={telegramShown || undefined}>
        <Field id="telegram" label={texts.telegram} error={errorOf('telegram')}>
          {({ id, aria }) => (
            <input
              id={id}
              placeholder="@your_name"
              {...aria}
              defaultValue={values.telegram}
              {...register('telegram')}
            />
          )}
        </Field>
      </div>
      <div className="field">
        <label className="inline" htmlFor="consent">
          <input
            id="consent"
            type="checkbox"
            {...errorAria('consent', errorOf('consent'))}
            {...register('consent')}
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
