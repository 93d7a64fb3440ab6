/**
 * One labelled field of the contact form: label, control, optional hint, error message, and the
 * ids and aria attributes that tie them together. The caller writes the control (input, select,
 * textarea) and places the id and aria attributes it is handed where it wants them.
 */
import type { ReactNode } from 'react'

import { type ErrorAria, errorAria } from './error-aria'
import { FieldError } from './FieldError'

type Props = {
  /** The control's id, the base of its hint and error ids. */
  id: string
  label: string
  error?: string
  /** A short help text under the control. */
  hint?: string
  hidden?: boolean
  children: (control: { id: string; aria: ErrorAria }) => ReactNode
}

export function Field({ id, label, error, hint, hidden, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="field" hidden={hidden}>
      <label htmlFor={id}>{label}</label>
      {children({ id, aria: errorAria(id, error, hintId) })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError field={id} message={error} />
    </div>
  )
}
