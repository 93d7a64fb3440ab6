import { errorIdOf } from './error-aria'

/** A form field's error message, with the id its control's aria-describedby points to. */
export function FieldError({ field, message }: { field: string; message?: string }) {
  if (!message) return null
  return (
    <p id={errorIdOf(field)} className="field-error">
      {message}
    </p>
  )
}
